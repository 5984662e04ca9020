package io.steward.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Api;
import io.steward.support.SalesTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SuitabilityCheckTest extends SalesTest {

    @Test
    void a_check_answers_the_decision_and_changes_nothing() {
        Registered customer = customerAged(70, "C5");
        long fund = generalFund(customer);
        String r4 = productOnShelf("R4", 90, 0);
        long decisions = count("suitability_decision");
        long cases = count("sales_case");

        Api.Response check = as("wang").post("/api/v1/suitability/check", Map.of("customerNumber", customer.number(),
                "productCode", r4, "fundId", fund, "amount", "50000.00", "customerInitiated", false));

        assertThat(check.status()).as(check.body()).isEqualTo(200);
        assertThat(check.json().get("outcome").asString()).isEqualTo("DENIED");
        assertThat(denials(check.json())).contains("ELDER-1");
        assertThat(check.json().get("hits").get(0).get("messageZh").asString()).isNotBlank();
        assertThat(count("suitability_decision")).isEqualTo(decisions);
        assertThat(count("sales_case")).isEqualTo(cases);
    }

    @Test
    void a_check_needs_the_customer_in_the_practitioners_book_and_valid_input() {
        Registered customer = customerAged(40, "C3");
        long fund = generalFund(customer);
        String product = productOnShelf("R2", 90, 0);

        assertThat(as("li").post("/api/v1/suitability/check", Map.of("customerNumber", customer.number(),
                "productCode", product, "fundId", fund, "amount", "50000.00")).status()).isEqualTo(404);
        Api.Response invalid = as("wang").post("/api/v1/suitability/check", Map.of("customerNumber", customer.number(),
                "productCode", product, "fundId", fund, "amount", "-1"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("amount");
    }

    @Test
    void suitable_products_never_go_above_the_customers_level_and_the_rest_come_with_their_reasons() {
        Registered customer = customerAged(40, "C2");
        long fund = generalFund(customer);
        List<String> mine = List.of(productOnShelf("R1", 0, 0), productOnShelf("R2", 180, 0), productOnShelf("R3", 90, 0),
                productOnShelf("R5", 90, 0));

        JsonNode advice = as("wang").get("/api/v1/customers/" + customer.number() + "/suitable-products?fundId=" + fund
                + "&amount=50000&includeExcluded=true").json();

        List<JsonNode> suitable = advice.get("suitable").valueStream().toList();
        assertThat(suitable).isNotEmpty();
        assertThat(suitable).allMatch(p -> p.get("riskLevel").asString().compareTo("R2") <= 0);
        assertThat(suitable.stream().map(p -> p.get("code").asString())).contains(mine.get(0), mine.get(1));
        List<String> levels = suitable.stream().map(p -> p.get("riskLevel").asString()).toList();
        assertThat(levels).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        JsonNode excludedR3 = advice.get("excluded").valueStream().filter(p -> p.get("code").asString().equals(mine.get(2)))
                .findFirst().orElseThrow();
        assertThat(excludedR3.get("reasons").valueStream().map(r -> r.get("ruleId").asString())).contains("MATCH-1");
        assertThat(as("li").get("/api/v1/customers/" + customer.number() + "/suitable-products?fundId=" + fund).status())
                .isEqualTo(404);
    }

    @Test
    void pension_money_is_advised_capital_protected_products_first() {
        Registered customer = customerAged(40, "C3");
        long pension = fund(customer, "PENSION", "300000.00", today().plusYears(10));

        JsonNode advice = as("wang").get("/api/v1/customers/" + customer.number() + "/suitable-products?fundId=" + pension).json();

        assertThat(advice.get("suitable").valueStream()).allMatch(p -> p.get("riskLevel").asString().compareTo("R4") < 0);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
