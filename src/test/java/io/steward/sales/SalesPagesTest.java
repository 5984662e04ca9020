package io.steward.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.SalesTest;
import io.steward.support.WebSession;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SalesPagesTest extends SalesTest {

    @Test
    void a_case_form_with_bad_input_comes_back_with_the_fields_named_and_nothing_opened() {
        WebSession wang = WebSession.signedIn(port, "wang", DEMO_PASSWORD);
        long cases = jdbc.sql("select count(*) from sales_case").query(Long.class).single();

        WebSession.Page refused = wang.post("/sales", Map.of("customerNumber", "C10000002", "productCode", "FI-90D",
                "fundId", "", "amount", "-5", "customerInitiated", "false", "channel", "BRANCH"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"form-error\"").contains("invalid-feedback");
        assertThat(jdbc.sql("select count(*) from sales_case").query(Long.class).single()).isEqualTo(cases);
    }

    @Test
    void the_advice_page_lists_what_may_be_recommended_beside_the_customer_and_only_for_their_practitioner() {
        Registered customer = customerAged(40, "C2");
        long fund = generalFund(customer);
        String r2 = productOnShelf("R2", 90, 0);
        String r4 = productOnShelf("R4", 90, 0);

        WebSession.Page advice = WebSession.signedIn(port, "wang", DEMO_PASSWORD)
                .get("/sales/advice/" + customer.number() + "?fundId=" + fund);
        assertThat(advice.status()).isEqualTo(200);
        String suitable = advice.body().substring(advice.body().indexOf("id=\"suitable\""), advice.body().indexOf("id=\"excluded\""));
        assertThat(suitable).contains(r2).doesNotContain(r4);
        assertThat(advice.body().substring(advice.body().indexOf("id=\"excluded\""))).contains(r4).contains("MATCH-1");

        assertThat(WebSession.signedIn(port, "li", DEMO_PASSWORD).get("/sales/advice/" + customer.number() + "?fundId=" + fund)
                .status()).isEqualTo(404);
        assertThat(WebSession.signedIn(port, "wang", DEMO_PASSWORD).get("/clients/" + customer.number()).body())
                .contains("/sales/advice/" + customer.number() + "?fundId=" + fund);
    }

    @Test
    void the_witness_queue_and_the_outbox_open_only_to_their_roles() {
        assertThat(WebSession.signedIn(port, "head.sh", DEMO_PASSWORD).get("/sales/witness").status()).isEqualTo(200);
        assertThat(WebSession.signedIn(port, "wang", DEMO_PASSWORD).get("/sales/witness").status()).isEqualTo(403);
        assertThat(WebSession.signedIn(port, "compliance", DEMO_PASSWORD).get("/sales/outbox").body()).contains("id=\"orders\"");
        assertThat(WebSession.signedIn(port, "wang", DEMO_PASSWORD).get("/sales/outbox").status()).isEqualTo(403);
    }

    @Test
    void the_case_page_shows_the_decision_in_chinese_too() {
        Registered customer = customerAged(70, "C5");
        String number = open(customer, productOnShelf("R4", 90, 0), generalFund(customer), false, "BRANCH").json()
                .get("number").asString();
        WebSession wang = WebSession.signedIn(port, "wang", DEMO_PASSWORD);

        assertThat(wang.get("/sales/" + number).body()).contains("ELDER-1").contains("Denied");
        assertThat(wang.get("/sales/" + number + "?lang=zh-CN").body()).contains("ELDER-1").contains("已拒绝");
    }

    @Test
    void a_submission_the_policy_now_refuses_shows_its_rule_on_the_page_and_the_case_ends_denied() {
        Registered customer = customerAged(40, "C3");
        String product = productOnShelf("R2", 30, 0);
        String number = opened(customer, product, fund(customer, "GENERAL", "500000.00", today().plusYears(3)), false);
        customerConfirmed(number, customer, product, "R2");
        clock.advance(java.time.Duration.ofDays(365));

        WebSession.Page refused = WebSession.signedIn(port, "wang", DEMO_PASSWORD).post("/sales/" + number + "/submission",
                Map.of());

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"form-error\"").contains("The policy refuses this sale now (ASSESS-1");
        clock.reset();
        assertThat(state(number)).isEqualTo("DENIED");
    }
}
