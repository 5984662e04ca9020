package io.steward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoSalesTest extends IntegrationTest {

    @Test
    void the_demo_bank_has_cases_waiting_for_customers_and_cases_the_policy_refused() {
        List<String> states = as("wang").get("/api/v1/sales").json().valueStream()
                .filter(c -> List.of("C10000001", "C10000002").contains(c.get("customerNumber").asString()))
                .map(c -> c.get("productCode").asString() + ":" + c.get("state").asString()).toList();

        assertThat(states).contains("MX-BALANCED-1Y:AWAITING_CUSTOMER", "EQ-GROWTH:DENIED", "FI-90D:AWAITING_CUSTOMER",
                "MX-BALANCED-1Y:DENIED");
        assertThat(jdbc.sql("""
                select count(*) from confirmation_demo_outbox o join sales_case c on c.confirmation_request = o.request_id
                where c.customer_number = 'C10000001'""").query(Long.class).single())
                .as("the 70-year-old's code waits in the demo outbox").isPositive();
    }
}
