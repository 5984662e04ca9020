package io.steward.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo bank on first start when {@code steward.demo.enabled=true} (the default with the embedded
 * database), and prints the demo sign-ins. Several nodes starting together seed once: the steps run under a
 * PostgreSQL advisory lock and each is recorded when done.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "steward.demo.enabled", havingValue = "true")
class DemoBank implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBank.class);
    private static final long SEED_LOCK = 0x5354455741524400L; // "STEWARD\0"

    private final List<DemoStep> steps;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final DemoSignIns signIns;

    DemoBank(List<DemoStep> steps, JdbcClient jdbc, TransactionTemplate transactions, Clock clock, DemoSignIns signIns) {
        this.steps = steps.stream().sorted(Comparator.comparingInt(DemoStep::order)).toList();
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.signIns = signIns;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoStep step : steps) {
            transactions.executeWithoutResult(status -> {
                jdbc.sql("select pg_advisory_xact_lock(?)").param(SEED_LOCK).query().singleRow();
                boolean done = jdbc.sql("select count(*) from demo_seed_step where step = ?").param(step.name())
                        .query(Long.class).single() > 0;
                if (!done) {
                    log.info("Seeding the demo bank: {}", step.name());
                    step.seed();
                    jdbc.sql("insert into demo_seed_step (step, seeded_at) values (?, ?)")
                            .params(step.name(), OffsetDateTime.now(clock)).update();
                }
            });
        }
        signIns.print();
    }
}
