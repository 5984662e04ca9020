package io.steward.management;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Api.Response;
import io.steward.support.WebSession;
import io.steward.support.WebSession.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Business plans (Articles 1 and 6): measurable targets measured from the department's data, revisions, reviews. */
class PlanTest extends ManagementTest {

    @Test
    void a_plans_measures_are_measured_from_the_departments_released_sales_and_new_customers() {
        clock.fixAt(clock.instant());
        TestDepartment department = newDepartment("SB-SH-XH", 1, 2);
        String seller = department.member(0, 0);
        LocalDate today = today();
        Response created = as(department.manager()).post("/api/v1/management/plans", Map.of("horizon", "SHORT",
                "title", "Quarter", "startsOn", today.minusDays(10).toString(), "endsOn", today.plusDays(80).toString(),
                "goals", "Grow", "strategy", "Salons", "measures", List.of(Map.of("metric", "SALES_VOLUME", "target", 400000),
                        Map.of("metric", "NEW_CUSTOMERS", "target", 4))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        releasedSale(seller, customerOf(seller, 50, "C3"), productOnShelf("R2", 90, 0), "100000.00");
        customerOf(department.member(0, 1), 40, null);

        JsonNode plan = as(department.manager()).get("/api/v1/management/plans/" + id).json();
        JsonNode volume = progress(plan, "SALES_VOLUME");
        assertThat(volume.get("measured").asBoolean()).isTrue();
        assertThat(volume.get("actual").decimalValue()).isEqualByComparingTo("100000");
        assertThat(volume.get("completion").decimalValue()).isEqualByComparingTo("25.0");
        assertThat(progress(plan, "NEW_CUSTOMERS").get("actual").decimalValue()).as("one each").isEqualByComparingTo("2");
        assertThat(progress(plan, "NEW_CUSTOMERS").get("completion").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(WebSession.signedIn(port, department.manager(), DEMO_PASSWORD).get("/management/plans").body())
                .contains("data-metric=\"SALES_VOLUME\"", "100000", "25.0 %", "name=\"completion\" min=\"0\" max=\"100\" required value=\"38\"");
    }

    @Test
    void a_revision_keeps_the_text_it_replaces_with_its_reason_and_a_review_cannot_be_for_a_day_to_come() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 1);
        String manager = department.manager();
        long id = as(manager).post("/api/v1/management/plans", Map.of("horizon", "LONG", "title", "Three years",
                "startsOn", today().toString(), "endsOn", today().plusYears(3).toString(), "goals", "Lead the branch",
                "strategy", "Quality customers")).json().get("id").asLong();

        Response withoutReason = as(manager).post("/api/v1/management/plans/" + id + "/revisions", Map.of("title", "Three years",
                "goals", "Lead the city", "strategy", "Quality customers", "reason", " "));
        assertThat(withoutReason.status()).isEqualTo(400);
        JsonNode revised = as(manager).post("/api/v1/management/plans/" + id + "/revisions", Map.of("title", "Three years",
                "goals", "Lead the city", "strategy", "Quality customers", "reason", "The branch merged with Puxi")).json();

        assertThat(revised.get("revision").asInt()).isEqualTo(2);
        assertThat(revised.get("goals").asString()).isEqualTo("Lead the city");
        JsonNode kept = revised.get("revisions").get(0);
        assertThat(kept.get("revision").asInt()).isEqualTo(1);
        assertThat(kept.get("goals").asString()).isEqualTo("Lead the branch");
        assertThat(kept.get("reason").asString()).isEqualTo("The branch merged with Puxi");

        Response future = as(manager).post("/api/v1/management/plans/" + id + "/reviews", Map.of(
                "reviewedOn", today().plusDays(1).toString(), "completion", 10, "findings", "Early"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("type").asString()).isEqualTo("urn:steward:problem:plan-review-future");
        JsonNode reviewed = as(manager).post("/api/v1/management/plans/" + id + "/reviews", Map.of(
                "reviewedOn", today().toString(), "completion", 10, "findings", "On track")).json();
        assertThat(reviewed.get("reviews").get(0).get("completion").asInt()).isEqualTo(10);
        assertThat(as(newDepartment("SB-SH-XH", 1, 1).manager()).get("/api/v1/management/plans/" + id).status())
                .as("another department's plan").isEqualTo(404);
    }

    @Test
    void a_plan_created_on_its_page_keeps_its_measures_and_a_measure_that_is_not_a_number_is_refused_in_chinese_too() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 1);
        WebSession manager = WebSession.signedIn(port, department.manager(), DEMO_PASSWORD);
        Map<String, String> form = new java.util.HashMap<>(Map.of("horizon", "MEDIUM", "title", "Two-year plan",
                "startsOn", today().toString(), "endsOn", today().plusYears(2).toString(), "goals", "Premier customers",
                "strategy", "Second team", "measure.CONTACTS", "abc"));

        Page refused = manager.post("/management/plans", form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("abc is not a target", "value=\"Two-year plan\"");
        Page chinese = manager.post("/management/plans?lang=zh-CN", form);
        assertThat(chinese.body()).contains("abc 不是有效的目标值");

        form.put("measure.CONTACTS", "240");
        assertThat(manager.post("/management/plans", form).status()).isEqualTo(302);
        assertThat(jdbc.sql("""
                select m.target from mgmt_plan_measure m join mgmt_plan p on p.id = m.plan_id
                where p.department = ? and m.metric = 'CONTACTS'""").param(department.manager())
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("240");
    }

    private static JsonNode progress(JsonNode plan, String metric) {
        return plan.get("progress").valueStream().filter(p -> p.get("metric").asString().equals(metric)).findFirst()
                .orElseThrow(() -> new AssertionError(metric + " in " + plan));
    }
}
