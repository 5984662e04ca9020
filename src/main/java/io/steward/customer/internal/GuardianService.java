package io.steward.customer.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.customer.AgeBand;
import io.steward.customer.CustomerAccess;
import io.steward.customer.CustomerGrant;
import io.steward.customer.GuardianFacts;
import io.steward.customer.Guardians;
import io.steward.customer.IdentityDocument;
import io.steward.customer.PhoneNumber;
import io.steward.customer.internal.GuardianRows.GuardianRow;
import io.steward.customer.internal.ScannedDocument;
import io.steward.customer.internal.ScannedDocuments.Stored;
import io.steward.platform.DomainRefusal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class GuardianService implements Guardians {

    private final JdbcClient jdbc;
    private final CustomerAccess access;
    private final CustomerRows customers;
    private final GuardianRows guardians;
    private final ScannedDocuments documents;
    private final PersonalData personal;
    private final AuditTrail audit;
    private final Clock clock;

    GuardianService(JdbcClient jdbc, CustomerAccess access, CustomerRows customers, GuardianRows guardians,
            ScannedDocuments documents, PersonalData personal, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.customers = customers;
        this.guardians = guardians;
        this.documents = documents;
        this.personal = personal;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public GuardianFacts add(String number, NewGuardian request) {
        CustomerGrant grant = access.requireFull(number);
        CustomerRow customer = customers.find(grant.customerId()).orElseThrow();
        if (AgeBand.ageOn(customer.birthDate(), LocalDate.now(clock)) >= 18) {
            throw DomainRefusal.conflict("guardian-for-minors", "Only a customer under 18 has a legal guardian on file");
        }
        IdentityDocument identity = IdentityDocument.of(request.identityType(), request.identityNumber())
                .validated(null, null);
        String phone = PhoneNumber.normalize(request.phone());
        long id = jdbc.sql("""
                insert into guardian (customer_id, full_name, relationship, identity_type, identity_cipher, identity_hash,
                    phone_cipher, document_type, document_number, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(grant.customerId(), request.fullName().strip(), request.relationship().name(),
                        identity.type().name(), personal.encrypt(PersonalData.GUARDIAN_IDENTITY, identity.number()),
                        personal.identityHash(identity.number()), personal.encrypt(PersonalData.GUARDIAN_PHONE, phone),
                        request.documentType().name(), request.documentNumber().strip(), grant.actor(),
                        OffsetDateTime.now(clock))
                .query(Long.class).single();
        audit.record(AuditEntry.of("GUARDIAN_ADDED", "customer", number, Map.of("guardianId", id,
                "relationship", request.relationship(), "identityType", identity.type(),
                "documentType", request.documentType())));
        return existing(grant, id).facts();
    }

    @Override
    public GuardianFacts attachScan(String number, long guardianId, Scan scan) {
        CustomerGrant grant = access.requireFull(number);
        GuardianRow guardian = existing(grant, guardianId);
        if (guardian.verifiedAt() != null) {
            throw DomainRefusal.conflict("guardian-verified", "The guardian is verified; the copy on file stays");
        }
        Stored stored = documents.store(grant.customerId(), scan, grant.actor());
        jdbc.sql("update guardian set scan_id = ? where id = ?").params(stored.id(), guardianId).update();
        audit.record(AuditEntry.of("GUARDIAN_SCAN_ATTACHED", "customer", number, Map.of("guardianId", guardianId,
                "documentId", stored.id(), "contentType", stored.contentType(), "sizeBytes", stored.size(),
                "sha256", stored.sha256())));
        return existing(grant, guardianId).facts();
    }

    @Override
    public GuardianFacts verify(String number, long guardianId) {
        CustomerGrant grant = access.requireFull(number);
        GuardianRow guardian = existing(grant, guardianId);
        if (guardian.verifiedAt() != null) {
            throw DomainRefusal.conflict("guardian-verified", "The guardian is already verified");
        }
        if (guardian.scanId() == null) {
            // MINOR-1: "...and copy relevant materials" — no verification without the copy on file
            throw DomainRefusal.byRules("guardian-scan-missing",
                    "Attach the scanned copy of the document before verifying the guardian", List.of("MINOR-1"));
        }
        jdbc.sql("update guardian set verified_by = ?, verified_at = ? where id = ?")
                .params(grant.actor(), OffsetDateTime.now(clock), guardianId).update();
        audit.record(AuditEntry.of("GUARDIAN_VERIFIED", "customer", number, Map.of("guardianId", guardianId,
                "documentType", guardian.documentType(), "documentId", guardian.scanId())));
        return existing(grant, guardianId).facts();
    }

    @Override
    @Transactional(readOnly = true)
    public List<GuardianFacts> of(long customerId) {
        return guardians.factsOf(customerId);
    }

    /** The scanned copy, for the assigned practitioner; reading it is a read of the customer record. */
    @Transactional(noRollbackFor = DomainRefusal.class)
    ScannedDocument scan(String number, long guardianId) {
        CustomerGrant grant = access.openFull(number, "guardian-scan");
        GuardianRow guardian = existing(grant, guardianId);
        if (guardian.scanId() == null) {
            throw DomainRefusal.notFound("guardian-scan-missing", "No scanned copy on file");
        }
        return documents.load(grant.customerId(), guardian.scanId()).orElseThrow();
    }

    /** Guardians with their numbers decrypted, for the full view. */
    @Transactional(readOnly = true)
    List<GuardianDetails> details(long customerId) {
        return guardians.of(customerId).stream().map(row -> new GuardianDetails(row.facts(), row.identityType(),
                personal.decrypt(PersonalData.GUARDIAN_IDENTITY, row.identityCipher()),
                personal.decrypt(PersonalData.GUARDIAN_PHONE, row.phoneCipher()), row.documentNumber())).toList();
    }

    private GuardianRow existing(CustomerGrant grant, long guardianId) {
        return guardians.find(grant.customerId(), guardianId).orElseThrow(() -> DomainRefusal.notFound(
                "unknown-guardian", "No such guardian", guardianId));
    }
}
