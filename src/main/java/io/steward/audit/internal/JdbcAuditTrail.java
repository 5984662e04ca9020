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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
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
        ChainWalk walk = new ChainWalk();
        // Two stages on two cores: this thread reads and decodes rows, a second one recomputes the links.
        try (ExecutorService hasher = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("audit-verify").factory())) {
            BlockingQueue<List<StoredEvent>> batches = new ArrayBlockingQueue<>(8);
            Future<?> checking = hasher.submit(() -> walk.checkAll(batches));
            BatchingReader reader = new BatchingReader(batches, walk);
            try {
                readOnly.executeWithoutResult(status -> template.query(connection -> {
                    PreparedStatement statement = connection.prepareStatement("""
                            select seq, occurred_at, actor, event_type, subject_type, subject_id, details, prev_hash, hash
                            from audit_event order by seq""", ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
                    statement.setFetchSize(VERIFY_FETCH_SIZE);
                    // Server-side prepared from the first execution, so timestamps and numbers come in binary
                    // form: formatting them as text was most of PostgreSQL's work in this scan.
                    statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
                    return statement;
                }, reader));
                reader.flush();
            } finally {
                put(batches, List.of()); // end of the chain
            }
            checking.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verification interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("verification failed", e.getCause());
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        return walk.brokenSeq == null
                ? ChainVerification.intact(walk.checked, millis)
                : ChainVerification.broken(walk.checked, walk.brokenSeq, walk.reason, millis);
    }

    private record StoredEvent(long seq, long micros, String actor, String type, String subjectType,
            String subjectId, String details, String prevHash, String hash) {
    }

    /** Reads rows into batches for the hashing stage; stops reading once the chain is known to be broken. */
    private static final class BatchingReader implements RowCallbackHandler {
        private static final int BATCH = 4_096;
        private final BlockingQueue<List<StoredEvent>> batches;
        private final ChainWalk walk;
        private List<StoredEvent> batch = new ArrayList<>(BATCH);

        BatchingReader(BlockingQueue<List<StoredEvent>> batches, ChainWalk walk) {
            this.batches = batches;
            this.walk = walk;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            if (walk.brokenSeq != null) {
                return;
            }
            batch.add(new StoredEvent(rs.getLong(1), toMicros(rs.getObject(2, OffsetDateTime.class).toInstant()),
                    rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                    rs.getString(8), rs.getString(9)));
            if (batch.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (!batch.isEmpty()) {
                put(batches, batch);
                batch = new ArrayList<>(BATCH);
            }
        }
    }

    /** Walks the chain in order and remembers the first link that does not hold. */
    private static final class ChainWalk {
        private final ChainHash hash = new ChainHash();
        private volatile Long brokenSeq;
        private long checked;
        private long expectedSeq = 1;
        private String expectedPrev = ChainHash.GENESIS;
        private String reason;

        void checkAll(BlockingQueue<List<StoredEvent>> batches) {
            try {
                for (List<StoredEvent> batch = batches.take(); !batch.isEmpty(); batch = batches.take()) {
                    for (StoredEvent event : batch) {
                        if (brokenSeq == null) {
                            check(event);
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void check(StoredEvent event) {
            checked++;
            if (event.seq() != expectedSeq) {
                fail(event.seq(), "events " + expectedSeq + " to " + (event.seq() - 1) + " are missing before this event");
            } else if (!event.prevHash().equals(expectedPrev)) {
                fail(event.seq(), "does not link to the event before it (its previous hash differs)");
            } else if (!hash.of(event.prevHash(), event.seq(), event.micros(), event.actor(), event.type(),
                    event.subjectType(), event.subjectId(), event.details()).equals(event.hash())) {
                fail(event.seq(), "its content no longer matches its hash");
            }
            expectedSeq = event.seq() + 1;
            expectedPrev = event.hash();
        }

        private void fail(long seq, String why) {
            reason = why;
            brokenSeq = seq;
        }
    }

    private static void put(BlockingQueue<List<StoredEvent>> batches, List<StoredEvent> batch) {
        try {
            batches.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verification interrupted", e);
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
