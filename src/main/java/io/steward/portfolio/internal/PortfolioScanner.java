package io.steward.portfolio.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.portfolio.PortfolioScans;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the scans. Any node may ask for one; the runs table decides which node runs it (see {@link ScanRuns}), so with
 * several Steward nodes up the nightly scan runs once. A run moves FIND → RECORD → TASKS → DONE, each step in its own
 * transaction that also moves the run on, and beats its heart as it goes; a run whose node died is taken over by
 * another node (or the same after a restart) once its heartbeat is older than {@code steward.portfolio.scan-stale-after}
 * and resumed at the step it had reached.
 */
@Service
public class PortfolioScanner implements PortfolioScans {

    private static final Logger log = LoggerFactory.getLogger(PortfolioScanner.class);

    private final ScanRuns runs;
    private final ScanSteps steps;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration staleAfter;
    private final String node;

    PortfolioScanner(ScanRuns runs, ScanSteps steps, AuditTrail audit, PlatformTransactionManager transactionManager,
            Clock clock, @Value("${steward.portfolio.scan-stale-after:10m}") Duration staleAfter) {
        this.runs = runs;
        this.steps = steps;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.staleAfter = staleAfter;
        this.node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The nightly scan: queued once per day whichever node asks first, then run by whichever node claims it. */
    public Optional<Long> nightly() {
        Optional<Long> queued = transactions.execute(status ->
                runs.queueNightly(LocalDate.now(clock), OffsetDateTime.now(clock)));
        drain();
        return queued == null ? Optional.empty() : queued;
    }

    /** A scan of everyone asked for by a person; runs now unless another scan is running (then it waits its turn). */
    @Override
    public long requestFull(String requestedBy) {
        return request("MANUAL", null, requestedBy);
    }

    @Override
    public void requestFullAfterCommit(String requestedBy) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            requestFull(requestedBy);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                requestFull(requestedBy);
            }
        });
    }

    /** A scan of the holders of one product (after a re-rating). */
    public long requestHoldersOf(String productCode, String requestedBy) {
        return request("RE_RATING", productCode, requestedBy);
    }

    /** Queues a scan of everyone and returns at once; a virtual thread of this node runs it (or waits its turn). */
    public long requestFullInBackground(String requestedBy) {
        long id = queue("MANUAL", null, requestedBy);
        Thread.ofVirtual().name("portfolio-scan-" + id).start(this::drain);
        return id;
    }

    private long request(String trigger, String productCode, String requestedBy) {
        long id = queue(trigger, productCode, requestedBy);
        drain();
        return id;
    }

    private long queue(String trigger, String productCode, String requestedBy) {
        Long id = transactions.execute(status -> {
            long queued = runs.queue(trigger, productCode, LocalDate.now(clock), requestedBy, OffsetDateTime.now(clock));
            audit.record(AuditEntry.of("PORTFOLIO_SCAN_REQUESTED", "portfolio-scan", queued, productCode == null
                    ? Map.of("trigger", trigger) : Map.of("trigger", trigger, "product", productCode)));
            return queued;
        });
        return id;
    }

    /** Runs queued scans one after another while this node can claim them. */
    public void drain() {
        Optional<Long> claimed;
        while ((claimed = claim()).isPresent()) {
            execute(claimed.get());
        }
    }

    /** Resumes a run whose node stopped beating; true if one was taken over. */
    public boolean resumeStale() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Long> stale = transactions.execute(status -> runs.takeOverStale(node, now, now.minus(staleAfter)));
        if (stale == null || stale.isEmpty()) {
            return false;
        }
        log.warn("Resuming portfolio scan {} whose node stopped", stale.get());
        execute(stale.get());
        return true;
    }

    private Optional<Long> claim() {
        try {
            Optional<Long> claimed = transactions.execute(status -> runs.claimNext(node, OffsetDateTime.now(clock)));
            return claimed == null ? Optional.empty() : claimed;
        } catch (DataIntegrityViolationException anotherNodeClaimedOne) {
            return Optional.empty();
        }
    }

    private void execute(long id) {
        ScanRun run = runs.find(id).orElseThrow();
        MismatchQuery.Filter filter = run.productCode() == null ? MismatchQuery.Filter.everyone()
                : MismatchQuery.Filter.holdersOf(run.productCode());
        LocalDate day = run.scanDay();
        try {
            for (ScanStep step = run.step(); step != ScanStep.DONE; step = step.next()) {
                if (!run(id, step, day, filter)) {
                    return; // another node took the run over
                }
            }
            ScanRun done = runs.find(id).orElseThrow();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("trigger", done.trigger());
            if (done.productCode() != null) {
                details.put("product", done.productCode());
            }
            details.put("opened", done.opened());
            details.put("closed", done.closed());
            details.put("tasksRaised", done.tasksRaised());
            audit.record(AuditEntry.of("PORTFOLIO_SCAN_COMPLETED", "portfolio-scan", id, details).by(done.requestedBy()));
            log.info("Portfolio scan {} ({}) done: {} open mismatches found, {} new, {} closed", id, done.trigger(),
                    done.found(), done.opened(), done.closed());
        } catch (RuntimeException e) {
            log.error("Portfolio scan {} failed", id, e);
            transactions.executeWithoutResult(status -> runs.failed(id, e.toString(), OffsetDateTime.now(clock)));
        }
    }

    /** Does one step in its own transaction(s) and moves the run on; false if this node no longer owns the run. */
    private boolean run(long id, ScanStep step, LocalDate day, MismatchQuery.Filter filter) {
        long started = System.nanoTime();
        return switch (step) {
            case FIND -> Boolean.TRUE.equals(transactions.execute(status -> {
                long found = steps.find(id, day, filter);
                return runs.advance(id, node, step, millisSince(started), Map.of("found", found), OffsetDateTime.now(clock));
            }));
            case RECORD -> Boolean.TRUE.equals(transactions.execute(status -> runs.advance(id, node, step,
                    millisSince(started), steps.record(id, day, filter), OffsetDateTime.now(clock))));
            case TASKS -> tasks(id, day, started);
            case DONE -> throw new IllegalStateException("scan " + id + " is done");
        };
    }

    /** The TASKS step, chunk by chunk, each chunk its own transaction and heartbeat; repeatable. */
    private boolean tasks(long id, LocalDate day, long started) {
        long raised = 0;
        long closed = 0;
        long after = 0;
        while (true) {
            long from = after;
            ScanSteps.Chunk chunk = transactions.execute(status -> steps.raiseChunk(id, from, day));
            if (chunk == null || chunk.last() < 0) {
                break;
            }
            raised += chunk.tasks();
            after = chunk.last();
            long raisedSoFar = raised;
            transactions.executeWithoutResult(status -> runs.progress(id, raisedSoFar, 0, OffsetDateTime.now(clock)));
        }
        after = 0;
        while (true) {
            long from = after;
            ScanSteps.Chunk chunk = transactions.execute(status -> steps.closeChunk(id, from));
            if (chunk == null || chunk.last() < 0) {
                break;
            }
            closed += chunk.tasks();
            after = chunk.last();
        }
        long raisedTotal = raised;
        long closedTotal = closed;
        return Boolean.TRUE.equals(transactions.execute(status -> runs.advance(id, node, ScanStep.TASKS,
                millisSince(started), Map.of("tasks_raised", raisedTotal, "tasks_closed", closedTotal),
                OffsetDateTime.now(clock))));
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
