package io.steward.audit.internal;

import io.steward.audit.ChainVerification;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Walks the whole chain in order and names the first link that does not hold. */
@Component
class ChainVerifier {

    private static final int VERIFY_FETCH_SIZE = 10_000;

    private final JdbcTemplate template;
    private final TransactionTemplate readOnly;

    ChainVerifier(JdbcTemplate template, PlatformTransactionManager transactions) {
        this.template = template;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    ChainVerification verify() {
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
            batch.add(new StoredEvent(rs.getLong(1), ChainAppender.toMicros(rs.getObject(2, OffsetDateTime.class).toInstant()),
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
}
