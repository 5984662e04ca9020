package io.steward.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.management.AumFigures;
import io.steward.reporting.AumSource;
import io.steward.support.PortfolioTest;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** AUM, for the department's figures and the institution reports alike, is what customers hold, as last valued. */
class HoldingsAumTest extends PortfolioTest {

    @Autowired
    AumFigures figures;

    @Autowired
    AumSource reports;

    @Test
    void a_positions_file_from_core_banking_counts_from_the_day_the_position_was_opened_at_its_latest_value() {
        Registered customer = customerAged(40, "C3");
        long fund = generalFund(customer);
        String product = productOnShelf("R2", 90, 0);
        holds(customer, product, fund, "120000.00", today().minusDays(10));
        long id = customerId(customer.number());

        assertThat(figures.aumByCustomer(Set.of("wang"), today()).get(id)).isEqualByComparingTo("120000.00");
        assertThat(figures.aumByCustomer(Set.of("wang"), today().minusDays(11))).doesNotContainKey(id);
        assertThat(figures.aumByCustomer(Set.of("li"), today())).doesNotContainKey(id);

        // revalued by the next file: the figure follows the latest valuation
        holds(customer, product, fund, "125000.00", today());
        assertThat(figures.aumByCustomer(Set.of("wang"), today()).get(id)).isEqualByComparingTo("125000.00");
        BigDecimal inReports = jdbc.sql("select a.aum from (" + reports.perCustomerSql() + ") a where a.customer_id = :id")
                .param("today", today()).param("id", id).query(BigDecimal.class).single();
        assertThat(inReports).isEqualByComparingTo("125000.00");
    }
}
