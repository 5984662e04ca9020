package io.steward.audit;

import java.time.Instant;

/** An event as the trail holds it: its place in the chain, its canonical details and the hashes that link it. */
public record AuditRecord(long seq, Instant occurredAt, String actor, String type, String subjectType,
        String subjectId, String details, String prevHash, String hash) {
}
