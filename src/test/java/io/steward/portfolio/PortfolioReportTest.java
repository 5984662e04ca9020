package io.steward.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.PortfolioTest;
import io.steward.support.WebSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The portfolio report: a PDF for the customer, handed over through the practitioner and recorded. */
class PortfolioReportTest extends PortfolioTest {

    @Test
    void the_report_is_a_pdf_and_its_hand_over_is_recorded_with_its_hash() {
        String r3 = productOnShelf("R3", 0, 0);
        Registered customer = customerAged(40, "C2");
        holds(customer, r3, generalFund(customer), "100000.00", today());
        WebSession wang = WebSession.signedIn(port, "wang", DEMO_PASSWORD);

        assertThat(wang.get("/clients/" + customer.number() + "/portfolio/report.pdf").body()).startsWith("%PDF-");
        WebSession.Page handedOver = wang.post("/clients/" + customer.number() + "/portfolio/report/hand-over", Map.of());
        assertThat(handedOver.status()).isEqualTo(302);

        assertThat(auditEvents("PORTFOLIO_REPORT_HANDED_OVER", customer.number())).isEqualTo(1);
        String details = jdbc.sql("select details from audit_event where event_type = 'PORTFOLIO_REPORT_HANDED_OVER' and subject_id = ?")
                .param(customer.number()).query(String.class).single();
        assertThat(details).contains("ABOVE_LEVEL").containsPattern("\"sha256\":\"[0-9a-f]{64}\"");
    }

    @Test
    void another_practitioners_customer_answers_404_and_the_read_is_audited() {
        Registered customer = customerAged(40, "C2");
        assertThat(as("li").get("/api/v1/customers/" + customer.number() + "/portfolio").status()).isEqualTo(404);
        JsonNode own = as("wang").get("/api/v1/customers/" + customer.number() + "/portfolio").json();
        assertThat(own.get("positions").isEmpty()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where event_type = 'CUSTOMER_VIEWED' and subject_id = ? and details like '%portfolio%'")
                .param(customer.number()).query(Long.class).single()).isEqualTo(1);
    }
}
