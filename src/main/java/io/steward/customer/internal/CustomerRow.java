package io.steward.customer.internal;

import io.steward.customer.FamilySituation;
import io.steward.customer.Gender;
import io.steward.customer.IdentityDocumentType;
import io.steward.customer.IncomeBand;
import io.steward.customer.InvestmentExperience;
import java.time.Instant;
import java.time.LocalDate;

/** A customer row as stored: identity and phone still encrypted. */
record CustomerRow(long id, String number, String fullName, Gender gender, LocalDate birthDate,
        IdentityDocumentType identityType, String identityCipher, String phoneCipher, String address,
        String occupation, IncomeBand incomeBand, FamilySituation familySituation,
        InvestmentExperience investmentExperience, String practitioner, String createdBy, Instant createdAt) {
}
