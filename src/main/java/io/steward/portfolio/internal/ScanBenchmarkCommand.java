package io.steward.portfolio.internal;

import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar steward.jar --portfolio-scan}: the benchmark of DESIGN §7. Times a bare {@code select count(*)
 * from holding} (twice, the second with the table warm), then a full scan of every customer, then a second full scan
 * (the steady state of a night: nothing new, nothing closed), and prints each with its ratio to the warm count.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "steward.command", havingValue = "portfolio-scan")
class ScanBenchmarkCommand implements ApplicationRunner, ExitCodeGenerator {

    private final PortfolioScanner scanner;
    private final ScanRuns runs;
    private final JdbcClient jdbc;
    private int exitCode = 1;

    ScanBenchmarkCommand(PortfolioScanner scanner, ScanRuns runs, JdbcClient jdbc) {
        this.scanner = scanner;
        this.runs = runs;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, Object> size = jdbc.sql("""
                select (select count(*) from portfolio_customer) as customers,
                       pg_size_pretty(pg_total_relation_size('holding')) as holding_size""").query().singleRow();
        double cold = timeCount();
        double warm = timeCount();
        long holdings = jdbc.sql("select count(*) from holding").query(Long.class).single();
        System.out.printf("customers: %,d; holdings: %,d (%s)%n", size.get("customers"), holdings, size.get("holding_size"));
        System.out.printf("select count(*) from holding: %.3f s (first), %.3f s (second)%n", cold, warm);
        for (String label : new String[] {"first scan", "second scan"}) {
            long started = System.nanoTime();
            long id = scanner.requestFull("benchmark");
            double seconds = (System.nanoTime() - started) / 1e9;
            ScanRun run = runs.find(id).orElseThrow();
            System.out.printf("%s: %.3f s = %.1f x count(*) [%s; find %d ms, record %d ms, tasks %d ms; found %d, "
                            + "new %d, closed %d, tasks raised %d]%n", label, seconds, seconds / warm, run.state(),
                    run.findMillis(), run.recordMillis(), run.tasksMillis(), run.found(), run.opened(), run.closed(),
                    run.tasksRaised());
            if (run.state() != ScanState.COMPLETED) {
                System.out.println("scan failed: " + run.failure());
                return;
            }
        }
        double after = timeCount();
        System.out.printf("select count(*) from holding after the scans: %.3f s%n", after);
        exitCode = 0;
    }

    private double timeCount() {
        long started = System.nanoTime();
        jdbc.sql("select count(*) from holding").query(Long.class).single();
        return (System.nanoTime() - started) / 1e9;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
