package io.steward.customer.internal;

import io.steward.customer.GuardianFacts;
import io.steward.customer.IdentityDocumentType;

/** A guardian in the full view: with the identity and phone numbers decrypted. */
public record GuardianDetails(GuardianFacts guardian, IdentityDocumentType identityType, String identityNumber,
        String phone, String documentNumber) {
}
