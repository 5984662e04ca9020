package io.steward.audit;

import java.util.List;

/**
 * The append-only, hash-chained audit trail of DESIGN §5. Appends join the caller's transaction, so an event
 * exists exactly when the change it records was committed.
 */
public interface AuditTrail {

    AuditRecord record(AuditEntry entry);

    /**
     * Records that something was read (a customer record, a report): committed on its own before the call returns,
     * whether or not the caller's transaction commits later, because the reading happened either way. Reads from
     * many requests share one commit, so recording every read stays cheap.
     */
    AuditRecord recordRead(AuditEntry entry);

    /** Appends many events in one go (one lock of the chain head, one batched insert). */
    List<AuditRecord> recordAll(List<AuditEntry> entries);

    ChainVerification verify();

    List<AuditRecord> eventsAbout(String subjectType, String subjectId, int limit);

    List<AuditRecord> recent(AuditQuery query);

    record AuditQuery(String type, String actor, String subjectType, String subjectId, Long beforeSeq, int limit) {
        public AuditQuery {
            limit = Math.clamp(limit, 1, 500);
        }
    }
}
