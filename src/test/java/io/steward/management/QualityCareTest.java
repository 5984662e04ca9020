package io.steward.management;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Api.Response;
import io.steward.support.WebSession;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Quality-customer care (Article 5): contact frequency per tier, the overdue list, satisfaction per customer. */
class QualityCareTest extends ManagementTest {

    @Test
    void a_customer_not_contacted_within_their_tiers_frequency_is_on_their_practitioners_overdue_list() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 2);
        String practitioner = department.member(0, 0);
        assertThat(as(department.manager()).put("/api/v1/management/care/frequencies/GOLD", Map.of("everyDays", 30)).status())
                .isEqualTo(200);
        as(department.manager()).put("/api/v1/management/care/frequencies/SILVER", Map.of("everyDays", 90));
        String late = customerNumberOf(practitioner);
        String onTime = customerNumberOf(practitioner);
        String silver = customerNumberOf(practitioner);
        register(practitioner, late, "GOLD");
        register(practitioner, onTime, "GOLD");
        register(practitioner, silver, "SILVER");
        LocalDate today = today();
        contact(practitioner, late, today.minusDays(40));
        contact(practitioner, onTime, today.minusDays(5));
        contact(practitioner, silver, today.minusDays(40)); // within 90 days

        JsonNode overdue = as(practitioner).get("/api/v1/management/care/overdue").json();

        assertThat(overdue.size()).isEqualTo(1);
        assertThat(overdue.get(0).get("customerNumber").asString()).isEqualTo(late);
        assertThat(overdue.get(0).get("dueOn").asString()).isEqualTo(today.minusDays(10).toString());
        assertThat(overdue.get(0).get("daysOverdue").asLong()).isEqualTo(10);
        assertThat(as(department.member(0, 1)).get("/api/v1/management/care/overdue").json().size())
                .as("the colleague's own list").isZero();
        JsonNode overview = as(department.manager()).get("/api/v1/management/care/overview").json();
        assertThat(overview.size()).isEqualTo(1);
        assertThat(overview.get(0).get("practitioner").asString()).isEqualTo(practitioner);
        assertThat(overview.get(0).get("customers").asLong()).isEqualTo(3);
        assertThat(overview.get(0).get("overdue").asLong()).isEqualTo(1);
        assertThat(WebSession.signedIn(port, department.manager(), DEMO_PASSWORD).get("/management/care").body())
                .contains("data-practitioner=\"" + practitioner + "\"").doesNotContain(late);
        assertThat(WebSession.signedIn(port, practitioner, DEMO_PASSWORD).get("/management/care").body())
                .contains("id=\"overdue\"", late, "every 30 days");

        contact(practitioner, late, today);
        assertThat(as(practitioner).get("/api/v1/management/care/overdue").json().size()).as("contacted today").isZero();
    }

    @Test
    void a_customer_whose_aum_reaches_the_quality_threshold_is_proposed_for_care_until_taken_in() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 1);
        String practitioner = department.member(0, 0);
        as(department.manager()).put("/api/v1/management/care/frequencies/GOLD", Map.of("everyDays", 60));
        String product = productOnShelf("R2", 90, 0);
        Registered wealthy = customerOf(practitioner, 50, "C3");
        Registered modest = customerOf(practitioner, 50, "C3");
        releasedSale(practitioner, wealthy, product, "600000.00");
        releasedSale(practitioner, modest, product, "100000.00");

        JsonNode candidates = as(practitioner).get("/api/v1/management/care/candidates").json();

        assertThat(candidates.valueStream().map(c -> c.get("customerNumber").asString())).containsExactly(wealthy.number());
        assertThat(candidates.get(0).get("aum").decimalValue()).isEqualByComparingTo("600000");
        assertThat(WebSession.signedIn(port, practitioner, DEMO_PASSWORD).get("/management/care").body())
                .contains("id=\"care-candidates\"", wealthy.number(), "AUM CNY 600,000");
        register(practitioner, wealthy.number(), "GOLD");
        assertThat(as(practitioner).get("/api/v1/management/care/candidates").json().size()).as("in care now").isZero();
    }

    @Test
    void satisfaction_results_are_kept_per_customer_and_averaged_for_the_manager() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 1);
        String practitioner = department.member(0, 0);
        as(department.manager()).put("/api/v1/management/care/frequencies/PLATINUM", Map.of("everyDays", 30));
        String customer = customerNumberOf(practitioner);
        register(practitioner, customer, "PLATINUM");
        survey(practitioner, customer, today().minusDays(20), "3", null);
        survey(practitioner, customer, today().minusDays(2), "4.5", "Happy with the new adviser");

        Response tooHigh = as(practitioner).post("/api/v1/management/care/surveys", Map.of("customerNumber", customer,
                "surveyedOn", today().toString(), "score", 6));
        assertThat(tooHigh.status()).isEqualTo(400);

        JsonNode line = as(practitioner).get("/api/v1/management/care/customers").json().get(0);
        assertThat(line.get("customerNumber").asString()).isEqualTo(customer);
        assertThat(line.get("score").decimalValue()).as("the latest").isEqualByComparingTo("4.5");
        assertThat(line.get("surveyedOn").asString()).isEqualTo(today().minusDays(2).toString());
        assertThat(line.get("surveys").asLong()).isEqualTo(2);
        assertThat(jdbc.sql("""
                select count(*) from audit_event where event_type = 'CUSTOMER_LIST_VIEWED' and subject_id = ?
                  and details like '%"CARE_BOOK"%'""").param(practitioner).query(Long.class).single())
                .as("the practitioner's reading of their care book is audited").isEqualTo(1);
        assertThat(as(department.manager()).get("/api/v1/management/care/overview").json().get(0)
                .get("averageSatisfaction").decimalValue()).isEqualByComparingTo("3.75");
        assertThat(WebSession.signedIn(port, practitioner, DEMO_PASSWORD).get("/management/care").body())
                .contains("id=\"care-book\"", "4.5 / 5", "Happy with the new adviser");
    }

    @Test
    void a_practitioner_cares_only_for_the_customers_of_their_own_client_book() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 2);
        String practitioner = department.member(0, 0);
        String colleague = department.member(0, 1);
        as(department.manager()).put("/api/v1/management/care/frequencies/GOLD", Map.of("everyDays", 60));
        String colleagues = customerNumberOf(colleague);

        Response register = as(practitioner).post("/api/v1/management/care/customers", Map.of("customerNumber", colleagues,
                "tier", "GOLD"));
        assertThat(register.status()).isEqualTo(404);
        assertThat(register.json().get("type").asString()).isEqualTo("urn:steward:problem:care-unknown-customer");
        assertThat(as(practitioner).post("/api/v1/management/care/contacts", Map.of("customerNumber", colleagues,
                "contactedOn", today().toString(), "channel", "PHONE", "summary", "Call")).status()).isEqualTo(404);
        assertThat(as(practitioner).post("/api/v1/management/care/surveys", Map.of("customerNumber", "C99999999",
                "surveyedOn", today().toString(), "score", 4)).status()).as("nobody's customer").isEqualTo(404);
        Response unknownTier = as(colleague).post("/api/v1/management/care/customers", Map.of("customerNumber", colleagues,
                "tier", "DIAMOND"));
        assertThat(unknownTier.status()).isEqualTo(400);
        assertThat(unknownTier.json().get("type").asString()).isEqualTo("urn:steward:problem:care-unknown-tier");
        WebSession page = WebSession.signedIn(port, practitioner, DEMO_PASSWORD);
        assertThat(page.post("/management/care/contacts", Map.of("customerNumber", colleagues, "contactedOn", today().toString(),
                "channel", "PHONE", "summary", "Call")).body()).contains("Customer " + colleagues + " is not in your client book");
        assertThat(page.post("/management/care/contacts?lang=zh-CN", Map.of("customerNumber", colleagues,
                "contactedOn", today().toString(), "channel", "PHONE", "summary", "Call")).body())
                .contains("客户 " + colleagues + " 不在您的客户名册中");
        assertThat(jdbc.sql("select count(*) from mgmt_contact where customer_number = ?").param(colleagues)
                .query(Long.class).single()).isZero();
    }

    private void register(String practitioner, String customer, String tier) {
        Response registered = as(practitioner).post("/api/v1/management/care/customers", Map.of("customerNumber", customer,
                "tier", tier));
        assertThat(registered.status()).as(registered.body()).isEqualTo(204);
    }

    private void contact(String practitioner, String customer, LocalDate on) {
        Response logged = as(practitioner).post("/api/v1/management/care/contacts", Map.of("customerNumber", customer,
                "contactedOn", on.toString(), "channel", "VISIT", "summary", "Review"));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
    }

    private void survey(String practitioner, String customer, LocalDate on, String score, String remark) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("customerNumber", customer, "surveyedOn", on.toString(),
                "score", new java.math.BigDecimal(score)));
        if (remark != null) {
            body.put("remark", remark);
        }
        Response recorded = as(practitioner).post("/api/v1/management/care/surveys", body);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    }
}
