package io.steward.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.StewardApplication;
import io.steward.portfolio.internal.PortfolioScanner;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Steward nodes on one database (two application contexts on the JVM's one embedded PostgreSQL), their nightly
 * schedules firing at the same moment: exactly one scan runs.
 */
class TwoNodesScanTest {

    @Test
    void the_nightly_scan_runs_once_when_two_nodes_fire_together() throws Exception {
        List<ConfigurableApplicationContext> nodes = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 2; i++) {
                nodes.add(new SpringApplicationBuilder(StewardApplication.class).web(WebApplicationType.NONE)
                        .profiles("test").properties("steward.portfolio.scan-poll=1h").run());
            }
            JdbcClient jdbc = nodes.getFirst().getBean(JdbcClient.class);
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            jdbc.sql("delete from portfolio_scan_run where trigger = 'NIGHTLY' and scan_day = ?").param(today).update();

            CountDownLatch ready = new CountDownLatch(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Optional<Long>>> fired = new ArrayList<>();
            for (ConfigurableApplicationContext node : nodes) {
                PortfolioScanner scanner = node.getBean(PortfolioScanner.class);
                fired.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return scanner.nightly();
                }));
            }
            ready.await();
            go.countDown();
            long queuedByOneNode = 0;
            for (Future<Optional<Long>> node : fired) {
                queuedByOneNode += node.get().isPresent() ? 1 : 0;
            }

            assertThat(queuedByOneNode).isEqualTo(1);
            assertThat(jdbc.sql("select state from portfolio_scan_run where trigger = 'NIGHTLY' and scan_day = ?")
                    .param(today).query(String.class).list()).containsExactly("COMPLETED");
        } finally {
            threads.shutdownNow();
            nodes.forEach(ConfigurableApplicationContext::close);
        }
    }
}
