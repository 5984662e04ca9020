package io.steward.audit.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.steward.audit.AuditEntry;
import io.steward.audit.AuditRecord;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import javax.sql.DataSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends that arrive outside a transaction (a customer record read, a sign-in) are committed together: each caller
 * waits until its event is committed, but the events that queued up meanwhile share one transaction and one lock
 * of the chain head. Under load this turns thousands of tiny transactions a second into a few hundred batches.
 *
 * <p>The committer has a database connection of its own. A request that records a read inside its transaction
 * (opening a customer record) holds a connection of the shared pool while it waits; with as many such requests as the
 * pool has connections, a committer borrowing from that pool would wait for them and they for it until the pool's
 * timeout.
 */
@Component
class GroupCommit implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
    private static final int MAX_BATCH = 1_000;

    private record Pending(AuditEntry entry, CompletableFuture<AuditRecord> committed) {
    }

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final ChainAppender appender;
    private final TransactionTemplate transactions;
    private final DataSource dataSource;
    private final Clock clock;
    private volatile Thread committer;
    private HikariDataSource ownConnection;
    private ChainAppender committerAppender;
    private TransactionTemplate committerTransactions;

    GroupCommit(ChainAppender appender, TransactionTemplate transactions, DataSource dataSource, Clock clock) {
        this.appender = appender;
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Waits until the entry (which names its actor) is committed, and answers it as recorded. */
    AuditRecord commit(AuditEntry entry) {
        if (committer == null) {
            // not running (starting up or shutting down): commit alone
            return transactions.execute(status -> appender.append(List.of(entry))).getFirst();
        }
        CompletableFuture<AuditRecord> committed = new CompletableFuture<>();
        queue.add(new Pending(entry, committed));
        return committed.join();
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (committer == Thread.currentThread()) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            flush(batch);
            batch.clear();
        }
        queue.drainTo(batch);
        flush(batch);
    }

    private void flush(List<Pending> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<AuditRecord> records = committerTransactions.execute(status ->
                    committerAppender.append(batch.stream().map(Pending::entry).toList()));
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).committed().complete(records.get(i));
            }
        } catch (RuntimeException failure) {
            log.error("Could not commit {} audit events", batch.size(), failure);
            batch.forEach(pending -> pending.committed().completeExceptionally(failure));
        }
    }

    @Override
    public void start() {
        ownConnection = poolOfOne(dataSource);
        DataSource committerSource = ownConnection != null ? ownConnection : dataSource;
        committerAppender = ownConnection != null
                ? new ChainAppender(JdbcClient.create(committerSource), new JdbcTemplate(committerSource), clock) : appender;
        committerTransactions = ownConnection != null
                ? new TransactionTemplate(new DataSourceTransactionManager(committerSource)) : transactions;
        Thread thread = Thread.ofPlatform().name("audit-group-commit").daemon().unstarted(this::run);
        committer = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = committer;
        committer = null;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (ownConnection != null) {
            ownConnection.close();
            ownConnection = null;
        }
    }

    /** A pool of one connection configured as the shared Hikari pool; none when the shared pool is not Hikari. */
    private static HikariDataSource poolOfOne(DataSource shared) {
        try {
            if (!shared.isWrapperFor(HikariDataSource.class)) {
                return null;
            }
            HikariConfig config = new HikariConfig();
            shared.unwrap(HikariDataSource.class).copyStateTo(config);
            config.setPoolName("audit-group-commit");
            config.setMaximumPoolSize(1);
            config.setMinimumIdle(1);
            config.setMetricsTrackerFactory(null);
            config.setMetricRegistry(null);
            config.setHealthCheckRegistry(null);
            return new HikariDataSource(config);
        } catch (SQLException e) {
            return null;
        }
    }

    @Override
    public boolean isRunning() {
        return committer != null;
    }
}
