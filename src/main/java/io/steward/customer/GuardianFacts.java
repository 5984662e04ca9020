package io.steward.customer;

import java.time.Instant;

/**
 * A minor's legal guardian as other modules need to know them (ASSESS-4, MINOR-1): who, how related, by which
 * document, and whether a practitioner has verified the original and its copy is on file.
 */
public record GuardianFacts(long id, String fullName, GuardianRelationship relationship,
        GuardianDocumentType documentType, boolean scanOnFile, String verifiedBy, Instant verifiedAt) {

    public boolean verified() {
        return verifiedAt != null;
    }
}
