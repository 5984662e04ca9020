package io.steward.management;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Api.Response;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AppraisalCycleTest extends ManagementTest {

    @Test
    void the_weights_of_a_post_must_add_up_to_100() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 1);

        Response refused = as(department.manager()).put("/api/v1/management/indicators/PRACTITIONER", Map.of("indicators", List.of(
                Map.of("code", "CONTACTS", "name", "Customer contacts", "metric", "CONTACTS", "weight", 60),
                Map.of("code", "SERVICE", "name", "Service quality", "weight", 30))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:steward:problem:indicator-weights");
        assertThat(refused.json().get("detail").asString()).contains("90");
    }

    @Test
    void computed_verified_disputed_back_to_the_manager_reverified_confirmed_and_finalised() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 2);
        String manager = department.manager();
        String employee = department.member(0, 0);
        String colleague = department.member(0, 1);
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        assertThat(as(manager).put("/api/v1/management/indicators/PRACTITIONER", Map.of("indicators", List.of(
                Map.of("code", "CONTACTS", "name", "Customer contacts", "metric", "CONTACTS", "weight", 60),
                Map.of("code", "SERVICE", "name", "Service quality", "weight", 40)))).status()).isEqualTo(200);
        assertThat(as(manager).post("/api/v1/management/targets", Map.of("periodKind", "MONTH", "period", lastMonth.toString(),
                "metric", "CONTACTS", "target", 8, "teams", List.of(Map.of("team", department.team(0).code(), "target", 8,
                        "members", List.of(Map.of("username", employee, "target", 4), Map.of("username", colleague, "target", 4))))))
                .status()).isEqualTo(201);
        String customer = customerNumberOf(employee);
        for (int day = 1; day <= 3; day++) {
            as(employee).post("/api/v1/management/care/contacts", Map.of("customerNumber", customer,
                    "contactedOn", lastMonth.atDay(day).toString(), "channel", "VISIT", "summary", "Portfolio review"));
        }

        JsonNode opened = as(manager).post("/api/v1/management/appraisals", Map.of("month", lastMonth.toString())).json();
        assertThat(opened.size()).isEqualTo(2);
        JsonNode draft = opened.valueStream().filter(a -> a.get("employee").asString().equals(employee)).findFirst().orElseThrow();
        long id = draft.get("id").asLong();
        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        JsonNode contacts = draft.get("items").get(0);
        assertThat(contacts.get("actual").decimalValue()).isEqualByComparingTo("3");
        assertThat(contacts.get("target").decimalValue()).isEqualByComparingTo("4");
        assertThat(contacts.get("score").decimalValue()).as("3 of 4").isEqualByComparingTo("75");
        assertThat(draft.get("items").get(1).has("score")).as("scored by the manager").isFalse();

        String path = "/api/v1/management/appraisals/" + id;
        assertThat(as(manager).post(path + "/verification", Map.of()).json().get("type").asString())
                .isEqualTo("urn:steward:problem:appraisal-unscored");
        assertThat(as(manager).put(path + "/items/SERVICE", Map.of("score", 80, "note", "Two complaints")).status()).isEqualTo(200);

        assertThat(as(employee).post(path + "/verification", Map.of()).status()).as("the employee cannot verify").isEqualTo(403);
        assertThat(as(colleague).post(path + "/verification", Map.of()).status()).as("a colleague does not see it").isEqualTo(404);
        JsonNode verified = as(manager).post(path + "/verification", Map.of()).json();
        assertThat(verified.get("state").asString()).isEqualTo("VERIFIED");
        assertThat(verified.get("totalScore").decimalValue()).as("60% × 75 + 40% × 80").isEqualByComparingTo("77");

        assertThat(as(manager).post(path + "/confirmation", Map.of()).status()).as("the manager cannot confirm").isEqualTo(403);
        Response noReason = as(employee).post(path + "/dispute", Map.of("reason", ""));
        assertThat(noReason.status()).isEqualTo(400);
        JsonNode disputed = as(employee).post(path + "/dispute",
                Map.of("reason", "The complaints were about the branch queue, not my service")).json();
        assertThat(disputed.get("state").asString()).isEqualTo("DISPUTED");
        assertThat(as(employee).post(path + "/confirmation", Map.of()).status()).as("back with the manager").isEqualTo(409);

        as(manager).put(path + "/items/SERVICE", Map.of("score", 95, "note", "Complaints were not about the employee"));
        assertThat(as(manager).post(path + "/verification", Map.of()).json().get("state").asString()).isEqualTo("VERIFIED");
        assertThat(as(manager).post(path + "/finalisation", Map.of()).status()).as("not yet confirmed").isEqualTo(409);
        assertThat(as(employee).post(path + "/confirmation", Map.of()).json().get("state").asString()).isEqualTo("CONFIRMED");
        JsonNode finalised = as(manager).post(path + "/finalisation", Map.of()).json();

        assertThat(finalised.get("state").asString()).isEqualTo("FINALISED");
        assertThat(finalised.get("totalScore").decimalValue()).isEqualByComparingTo("83");
        assertThat(finalised.get("steps").valueStream().map(s -> s.get("to").asString()))
                .containsExactly("DRAFT", "VERIFIED", "DISPUTED", "VERIFIED", "CONFIRMED", "FINALISED");
        assertThat(finalised.get("steps").get(2).get("reason").asString()).contains("branch queue");
        assertThat(finalised.get("steps").get(2).get("actor").asString()).isEqualTo(employee);

        JsonNode history = as(employee).get("/api/v1/management/my/appraisals").json();
        assertThat(history.valueStream().map(a -> a.get("id").asLong())).containsExactly(id);
        assertThat(as(manager).get("/api/v1/management/staff/" + employee + "/appraisals").json().size()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where subject_type = 'appraisal' and subject_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void a_month_is_appraised_only_once_it_is_over() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 1);

        Response refused = as(department.manager()).post("/api/v1/management/appraisals",
                Map.of("month", YearMonth.from(LocalDate.now(clock)).toString()));

        assertThat(refused.status()).isEqualTo(400);
    }
}
