package io.steward.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.support.PortfolioTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A crash in the middle of applying an import leaves the holdings exactly as they were. */
class ImportCrashTest extends PortfolioTest {

    @Autowired
    HoldingImports imports;

    @Test
    void a_crash_after_the_first_lines_are_applied_leaves_nothing_half_applied() {
        String product = productOnShelf("R2", 0, 0);
        String other = productOnShelf("R1", 0, 0);
        Registered customer = customerAged(40, "C3");
        long fund = generalFund(customer);
        holds(customer, product, fund, "1000.00", today());
        String csv = HEADER + line(customer.number(), product, fund, "1500.00", today())
                + line(customer.number(), other, fund, "700.00", today())
                + line(customer.number(), "NO-SUCH-PRODUCT", fund, "1.00", today());
        long id = importFile(csv, false).json().get("holdingImport").get("id").asLong();

        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
        try {
            assertThatThrownBy(() -> imports.apply(id, true, throughLine -> {
                throw new IllegalStateException("the node died after line " + throughLine);
            })).hasMessageContaining("the node died");
        } finally {
            SecurityContextHolder.clearContext();
        }

        assertThat(jdbc.sql("select product_code || '=' || market_value from holding where customer_id = ?")
                .param(customerId(customer.number())).query(String.class).list()).containsExactly(product + "=1000.00");
        assertThat(jdbc.sql("select state from holding_import where id = ?").param(id).query(String.class).single())
                .isEqualTo("VALIDATED");

        var applied = as("admin").post("/api/v1/holdings/import/" + id + "/apply?applyValidLines=true", "{}");
        assertThat(applied.json().get("holdingImport").get("updated").asInt()).isEqualTo(1);
        assertThat(applied.json().get("holdingImport").get("inserted").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select market_value from holding where customer_id = ? and product_code = ?")
                .params(customerId(customer.number()), product).query(BigDecimal.class).single())
                .isEqualByComparingTo("1500.00");
    }
}
