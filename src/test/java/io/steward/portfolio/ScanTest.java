package io.steward.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.portfolio.internal.PortfolioScanner;
import io.steward.support.Api;
import io.steward.support.PortfolioTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The scan over everyone: tasks raised once per mismatch, closed when it goes away; a re-rating scans at once. */
class ScanTest extends PortfolioTest {

    @Autowired
    PortfolioScanner scanner;

    @Test
    void a_scan_raises_one_task_per_customer_and_mismatch_and_the_next_run_raises_none_again() {
        String r4 = productOnShelf("R4", 0, 0);
        Registered elder = customerAged(70, "C5");
        long fund = generalFund(elder);
        holds(elder, r4, fund, "100000.00", today().minusYears(6));
        cushion(elder, fund);

        long first = scanner.requestFull("compliance");
        assertThat(scanRun(first).get("state")).isEqualTo("COMPLETED");
        List<String> keys = openTaskKeys(elder);
        assertThat(keys).containsExactly("portfolio:ELDERLY_HIGH_RISK:" + elder.number() + ":" + r4);

        long second = scanner.requestFull("compliance");
        assertThat(scanRun(second).get("state")).isEqualTo("COMPLETED");
        assertThat(openTaskKeys(elder)).isEqualTo(keys);
        assertThat(jdbc.sql("select count(*) from customer_task where dedup_key = ?").param(keys.getFirst())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select first_seen_on from portfolio_mismatch where customer_id = ? and status = 'OPEN'")
                .param(customerId(elder.number())).query(java.time.LocalDate.class).single()).isEqualTo(today());
    }

    @Test
    void a_mismatch_that_went_away_is_closed_with_its_task() {
        String r4 = productOnShelf("R4", 0, 0);
        Registered elder = customerAged(70, "C5");
        long fund = generalFund(elder);
        holds(elder, r4, fund, "100000.00", today().minusYears(6));
        cushion(elder, fund);
        scanner.requestFull("compliance");
        assertThat(openTaskKeys(elder)).hasSize(1);

        importFile(HEADER + line(elder.number(), r4, fund, "0.00", today()), false);
        clock.advance(Duration.ofDays(1));
        scanner.requestFull("compliance");

        assertThat(openTaskKeys(elder)).isEmpty();
        assertThat(jdbc.sql("select status from portfolio_mismatch where customer_id = ?")
                .param(customerId(elder.number())).query(String.class).list()).containsExactly("CLOSED");
    }

    @Test
    void a_re_rating_scans_the_products_holders_at_once() {
        String product = productOnShelf("R2", 0, 0);
        Registered c2 = customerAged(40, "C2");
        long fund = generalFund(c2);
        holds(c2, product, fund, "100000.00", today());
        cushion(c2, fund);
        assertThat(openTaskKeys(c2)).isEmpty();

        long version = as("product").get("/api/v1/products/" + product).json().get("version").asLong();
        Api.Response reRated = as("product").post("/api/v1/products/" + product + "/risk-level",
                Map.of("riskLevel", "R3", "reason", "The underlying market turned volatile", "version", version));
        assertThat(reRated.status()).as(reRated.body()).isEqualTo(200);

        assertThat(openTaskKeys(c2)).containsExactly("portfolio:ABOVE_LEVEL:" + c2.number() + ":" + product);
        assertThat(jdbc.sql("select state from portfolio_scan_run where trigger = 'RE_RATING' and product_code = ?")
                .param(product).query(String.class).list()).containsExactly("COMPLETED");
    }

    @Test
    void a_run_whose_node_died_is_resumed_from_the_step_it_reached() {
        String r4 = productOnShelf("R4", 0, 0);
        Registered elder = customerAged(70, "C5");
        long fund = generalFund(elder);
        holds(elder, r4, fund, "100000.00", today().minusYears(6));
        cushion(elder, fund);
        long id = jdbc.sql("""
                insert into portfolio_scan_run (trigger, scan_day, state, step, node, heartbeat_at, requested_by,
                    requested_at, started_at)
                values ('MANUAL', ?, 'RUNNING', 'FIND', 'a-node-that-died', ?, 'compliance', ?, ?) returning id""")
                .params(today(), OffsetDateTime.now(clock).minusHours(1), OffsetDateTime.now(clock).minusHours(1),
                        OffsetDateTime.now(clock).minusHours(1))
                .query(Long.class).single();

        assertThat(scanner.resumeStale()).isTrue();

        Map<String, Object> run = scanRun(id);
        assertThat(run.get("state")).isEqualTo("COMPLETED");
        assertThat(run.get("resumed")).isEqualTo(1);
        assertThat(openTaskKeys(elder)).hasSize(1);
    }

    @Test
    void the_scan_page_shows_runs_and_counts_to_compliance_and_nobody_elses_customers() {
        scanner.requestFull("compliance");
        Api.Response overview = as("compliance").get("/api/v1/portfolio/scan");
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.json().get("runs").get(0).get("state").asString()).isEqualTo("COMPLETED");
        assertThat(as("wang").get("/api/v1/portfolio/scan").status()).isEqualTo(403);
        var page = io.steward.support.WebSession.signedIn(port, "compliance", DEMO_PASSWORD).get("/portfolio/scan");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Completed").contains("Elderly, high risk");
    }

    /** Cash enough that the other holding stays under the concentration limit. */
    private void cushion(Registered customer, long fund) {
        holds(customer, productOnShelf("R1", 0, 0), fund, "200000.00", today());
    }

    private List<String> openTaskKeys(Registered customer) {
        return jdbc.sql("select dedup_key from customer_task where customer_id = ? and status = 'OPEN' and type = 'PORTFOLIO_MISMATCH'")
                .param(customerId(customer.number())).query(String.class).list();
    }
}
