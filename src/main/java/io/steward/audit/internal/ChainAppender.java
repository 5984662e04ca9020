package io.steward.audit.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditRecord;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Appends events to the chain inside the caller's transaction. */
@Component
class ChainAppender {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    ChainAppender(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    /** Every entry must name its actor. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<AuditRecord> append(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        // Locks the head until this transaction ends: appends are serialized in commit order, and a rollback
        // takes its events and the head's move back together.
        Map<String, Object> head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
                .query().singleRow();
        markChainLocked();
        long seq = ((Number) head.get("last_seq")).longValue();
        String prevHash = (String) head.get("last_hash");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long micros = toMicros(now);
        ChainHash hash = new ChainHash();
        List<AuditRecord> records = new ArrayList<>(entries.size());
        for (AuditEntry entry : entries) {
            seq++;
            String details = CanonicalJson.write(entry.details());
            String linked = hash.of(prevHash, seq, micros, entry.actor(), entry.type(), entry.subjectType(),
                    entry.subjectId(), details);
            records.add(new AuditRecord(seq, now, entry.actor(), entry.type(), entry.subjectType(), entry.subjectId(),
                    details, prevHash, linked));
            prevHash = linked;
        }
        Timestamp at = Timestamp.from(now);
        template.batchUpdate("""
                insert into audit_event (seq, occurred_at, actor, event_type, subject_type, subject_id, details, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", records, 1000, (PreparedStatement ps, AuditRecord r) -> {
            ps.setLong(1, r.seq());
            ps.setTimestamp(2, at);
            ps.setString(3, r.actor());
            ps.setString(4, r.type());
            ps.setString(5, r.subjectType());
            ps.setString(6, r.subjectId());
            ps.setString(7, r.details());
            ps.setString(8, r.prevHash());
            ps.setString(9, r.hash());
        });
        jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1").params(seq, prevHash).update();
        return records;
    }

    private static final Object CHAIN_LOCKED = ChainAppender.class.getName() + ".locked";

    /** Whether the current transaction holds the chain head: then nothing else can append until it ends. */
    static boolean chainLockedByThisTransaction() {
        return TransactionSynchronizationManager.hasResource(CHAIN_LOCKED);
    }

    private static void markChainLocked() {
        if (TransactionSynchronizationManager.isSynchronizationActive() && !chainLockedByThisTransaction()) {
            TransactionSynchronizationManager.bindResource(CHAIN_LOCKED, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CHAIN_LOCKED);
                }
            });
        }
    }

    static long toMicros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }
}
