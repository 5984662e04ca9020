package io.steward.audit.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditRecord;
import io.steward.audit.AuditTrail;
import io.steward.audit.ChainVerification;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

@Service
class JdbcAuditTrail implements AuditTrail {

    private static final String SYSTEM = "system";
    private static final int VERIFY_FETCH_SIZE = 10_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    JdbcAuditTrail(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditRecord record(AuditEntry entry) {
        return recordAll(List.of(entry)).getFirst();
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public List<AuditRecord> recordAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        // Locks the head until this transaction ends: appends are serialized in commit order, and a rollback
        // takes its events and the head's move back together.
        Map<String, Object> head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
                .query().singleRow();
        long seq = ((Number) head.get("last_seq")).longValue();
        String prevHash = (String) head.get("last_hash");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long micros = toMicros(now);
        String defaultActor = currentActor();
        ChainHash hash = new ChainHash();
        List<AuditRecord> records = new ArrayList<>(entries.size());
        for (AuditEntry entry : entries) {
            seq++;
            String actor = entry.actor() != null ? entry.actor() : defaultActor;
            String details = CanonicalJson.write(entry.details());
            String linked = hash.of(prevHash, seq, micros, actor, entry.type(), entry.subjectType(), entry.subjectId(), details);
            records.add(new AuditRecord(seq, now, actor, entry.type(), entry.subjectType(), entry.subjectId(),
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
        jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1")
                .params(seq, prevHash).update();
        return records;
    }

    @Override
    public ChainVerification verify() {
        long started = System.nanoTime();
        Walk walk = new Walk();
        readOnly.executeWithoutResult(status -> template.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    select seq, occurred_at, actor, event_type, subject_type, subject_id, details, prev_hash, hash
                    from audit_event order by seq""", ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(VERIFY_FETCH_SIZE);
            return statement;
        }, walk::check));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        return walk.brokenSeq == null
                ? ChainVerification.intact(walk.checked, millis)
                : ChainVerification.broken(walk.checked, walk.brokenSeq, walk.reason, millis);
    }

    /** Walks the chain in order and remembers the first link that does not hold. */
    private static final class Walk {
        private final ChainHash hash = new ChainHash();
        private long checked;
        private long expectedSeq = 1;
        private String expectedPrev = ChainHash.GENESIS;
        private Long brokenSeq;
        private String reason;

        void check(ResultSet rs) throws SQLException {
            if (brokenSeq != null) {
                return;
            }
            checked++;
            long seq = rs.getLong(1);
            long micros = toMicros(rs.getObject(2, OffsetDateTime.class).toInstant());
            String prevHash = rs.getString(8);
            String storedHash = rs.getString(9);
            if (seq != expectedSeq) {
                fail(seq, "events " + expectedSeq + " to " + (seq - 1) + " are missing before this event");
            } else if (!prevHash.equals(expectedPrev)) {
                fail(seq, "does not link to the event before it (its previous hash differs)");
            } else if (!hash.of(prevHash, seq, micros, rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7)).equals(storedHash)) {
                fail(seq, "its content no longer matches its hash");
            }
            expectedSeq = seq + 1;
            expectedPrev = storedHash;
        }

        private void fail(long seq, String why) {
            brokenSeq = seq;
            reason = why;
        }
    }

    @Override
    public List<AuditRecord> eventsAbout(String subjectType, String subjectId, int limit) {
        return recent(new AuditQuery(null, null, subjectType, subjectId, null, limit));
    }

    @Override
    public List<AuditRecord> recent(AuditQuery query) {
        return jdbc.sql("""
                select seq, occurred_at, actor, event_type, subject_type, subject_id, details, prev_hash, hash
                from audit_event
                where (cast(:type as varchar) is null or event_type = :type)
                  and (cast(:actor as varchar) is null or actor = :actor)
                  and (cast(:subjectType as varchar) is null or subject_type = :subjectType)
                  and (cast(:subjectId as varchar) is null or subject_id = :subjectId)
                  and (cast(:beforeSeq as bigint) is null or seq < :beforeSeq)
                order by seq desc
                limit :limit""")
                .param("type", query.type())
                .param("actor", query.actor())
                .param("subjectType", query.subjectType())
                .param("subjectId", query.subjectId())
                .param("beforeSeq", query.beforeSeq())
                .param("limit", query.limit())
                .query((rs, n) -> new AuditRecord(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9)))
                .list();
    }

    private static long toMicros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication.getName() == null) {
            return SYSTEM;
        }
        return authentication instanceof AnonymousAuthenticationToken ? "anonymous" : authentication.getName();
    }
}
