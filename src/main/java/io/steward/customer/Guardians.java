package io.steward.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The legal guardians of a minor (MINOR-1, ASSESS-4): "Financial practitioners must confirm their guardian status by
 * verifying the household registration book or other legal documents, and copy relevant materials". The
 * practitioner records the guardian, attaches the scanned copy (PDF, JPEG or PNG, at most 5 MB) and then verifies
 * it against the original; each step is audited.
 */
public interface Guardians {

    GuardianFacts add(String number, NewGuardian guardian);

    GuardianFacts attachScan(String number, long guardianId, Scan scan);

    GuardianFacts verify(String number, long guardianId);

    List<GuardianFacts> of(long customerId);

    record NewGuardian(
            @NotBlank @Size(max = 100) String fullName,
            @NotNull GuardianRelationship relationship,
            @NotNull IdentityDocumentType identityType,
            @NotBlank @Size(max = 32) String identityNumber,
            @NotBlank @Size(max = 32) String phone,
            @NotNull GuardianDocumentType documentType,
            @NotBlank @Size(max = 64) String documentNumber) {
    }

    record Scan(String fileName, String contentType, byte[] content) {
    }
}
