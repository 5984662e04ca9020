package io.steward.audit.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends that arrive outside a transaction (a customer record read, a sign-in) are committed together: each caller
 * waits until its event is committed, but the events that queued up meanwhile share one transaction and one lock
 * of the chain head. Under load this turns thousands of tiny transactions a second into a few hundred batches.
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
    private volatile Thread committer;

    GroupCommit(ChainAppender appender, TransactionTemplate transactions) {
        this.appender = appender;
        this.transactions = transactions;
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
            List<AuditRecord> records = transactions.execute(status ->
                    appender.append(batch.stream().map(Pending::entry).toList()));
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
    }

    @Override
    public boolean isRunning() {
        return committer != null;
    }
}
