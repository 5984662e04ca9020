package io.steward.benchmarks;

import io.steward.StewardApplication;
import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.audit.ChainVerification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The audit trail against the embedded PostgreSQL, in process: batched appends (events per second, 1,000 events a
 * transaction), one event per call from one thread and from sixteen (the group commit), and verification of a
 * chain of {@value #CHAIN} events (events per second). Each benchmark runs in its own fork with a fresh database.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AuditTrailBenchmark {

    static final int BATCH = 1_000;
    static final int CHAIN = 500_000;

    @State(Scope.Benchmark)
    public static class Steward {
        ConfigurableApplicationContext context;
        AuditTrail trail;

        @Setup(Level.Trial)
        public void start() {
            context = new SpringApplicationBuilder(StewardApplication.class)
                    .web(WebApplicationType.NONE)
                    .properties("steward.embedded-database.data-dir=target/bench-pgdata",
                            "steward.embedded-database.clean=true", "steward.demo.enabled=false",
                            // a throwaway key: the benchmark's database holds no customer
                            "steward.crypto.key=" + java.util.Base64.getEncoder().encodeToString(new byte[32]),
                            "logging.level.root=WARN")
                    .run();
            trail = context.getBean(AuditTrail.class);
        }

        @TearDown(Level.Trial)
        public void stop() {
            context.close();
        }
    }

    @State(Scope.Benchmark)
    public static class LongChain {
        @Setup(Level.Trial)
        public void fill(Steward steward) {
            for (int appended = 0; appended < CHAIN; appended += BATCH) {
                steward.trail.recordAll(batch(appended));
            }
        }
    }

    static List<AuditEntry> batch(int offset) {
        List<AuditEntry> entries = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            entries.add(new AuditEntry("CUSTOMER_VIEWED", "customer", "C" + (10_000_000 + (offset + i) % 1_000_000),
                    Map.of("view", "FULL", "page", "customer"), "wang"));
        }
        return entries;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Object appendBatchesOfAThousand(Steward steward) {
        return steward.trail.recordAll(batch(0));
    }

    @Benchmark
    public Object appendOneEventPerTransaction(Steward steward) {
        return steward.trail.record(new AuditEntry("CUSTOMER_VIEWED", "customer", "C10000001",
                Map.of("view", "FULL"), "wang"));
    }

    /** Sixteen request threads each recording a read outside any transaction: the group commit batches them. */
    @Benchmark
    @Threads(16)
    public Object appendFromSixteenThreadsOutsideTransactions(Steward steward) {
        return steward.trail.record(new AuditEntry("CUSTOMER_VIEWED", "customer", "C10000002",
                Map.of("view", "LOW_SENSITIVITY"), "assistant"));
    }

    @Benchmark
    @OperationsPerInvocation(CHAIN)
    public ChainVerification verifyTheWholeChain(Steward steward, LongChain chain) {
        ChainVerification result = steward.trail.verify();
        if (!result.intact() || result.eventsChecked() != CHAIN) {
            throw new IllegalStateException("unexpected verification: " + result);
        }
        return result;
    }
}
