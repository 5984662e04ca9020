package io.steward.management;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.WebSession;
import io.steward.support.WebSession.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The manager runs meetings, appraisal indicators, training and succession from the pages, not only the API. */
class DepartmentPagesTest extends ManagementTest {

    @Test
    void the_manager_schedules_the_meetings_appoints_a_team_manager_and_records_a_meeting_with_a_follow_up_on_the_page() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 2);
        String owner = department.member(0, 1);
        WebSession manager = WebSession.signedIn(port, department.manager(), DEMO_PASSWORD);
        LocalDate today = today();

        Page weekend = manager.post("/management/meetings/schedules", Map.of("kind", "ALL_STAFF_WEEKLY", "weekday", "SATURDAY",
                "at", "17:00", "startsOn", today.minusDays(14).toString()));
        assertThat(weekend.status()).isEqualTo(200);
        assertThat(weekend.body()).contains("A weekly meeting is held on a business day you name.");
        assertThat(manager.post("/management/meetings/schedules", Map.of("kind", "ALL_STAFF_WEEKLY", "weekday", "MONDAY",
                "at", "17:00", "startsOn", today.minusDays(14).toString())).status()).isEqualTo(302);
        assertThat(manager.post("/management/meetings/schedules", Map.of("kind", "TEAM_MANAGERS_DAILY", "weekday", "",
                "at", "08:30", "startsOn", today.minusDays(14).toString())).status()).isEqualTo(302);
        assertThat(manager.post("/management/meetings/team-leads", Map.of("team", department.team(0).code(),
                "username", department.member(0, 0))).status()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from mgmt_meeting_schedule where department = ?").param(department.manager())
                .query(Long.class).single()).isEqualTo(2);

        Page withoutOwner = manager.post("/management/meetings", List.of(Map.entry("kind", "ALL_STAFF_WEEKLY"),
                Map.entry("heldOn", today.toString()), Map.entry("agenda", "Case review"), Map.entry("minutes", "Reviewed"),
                Map.entry("present", owner), Map.entry("followUp", "Prepare the list"), Map.entry("followUpOwner", ""),
                Map.entry("followUpDue", "")));
        assertThat(withoutOwner.body()).contains("A follow-up names its owner and its due date.");
        Page recorded = manager.post("/management/meetings", List.of(Map.entry("kind", "ALL_STAFF_WEEKLY"),
                Map.entry("heldOn", today.toString()), Map.entry("agenda", "Case review"), Map.entry("minutes", "Reviewed"),
                Map.entry("present", owner), Map.entry("decision", "Call every platinum customer"),
                Map.entry("followUp", "Prepare the campaign list"), Map.entry("followUpOwner", owner),
                Map.entry("followUpDue", today.plusDays(3).toString())));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(302);

        assertThat(manager.get("/management/meetings").body()).contains("Call every platinum customer",
                "Prepare the campaign list — " + owner);
        assertThat(WebSession.signedIn(port, owner, DEMO_PASSWORD).get("/my").body()).contains("Prepare the campaign list");
        assertThat(jdbc.sql("""
                select present from mgmt_meeting_attendance a join mgmt_meeting m on m.id = a.meeting_id
                join mgmt_meeting_schedule s on s.id = m.schedule_id where s.department = ? and a.username = ?""")
                .params(department.manager(), department.member(0, 0)).query(Boolean.class).single())
                .as("not ticked: absent").isFalse();
    }

    @Test
    void the_manager_sets_a_posts_indicator_weights_on_the_page_and_reads_an_employees_history() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 1);
        WebSession manager = WebSession.signedIn(port, department.manager(), DEMO_PASSWORD);

        Page wrong = manager.post("/management/indicators/PRACTITIONER", List.of(Map.entry("code", "SALES"),
                Map.entry("name", "Sales volume"), Map.entry("metric", "SALES_VOLUME"), Map.entry("weight", "60"),
                Map.entry("code", "SERVICE"), Map.entry("name", "Service"), Map.entry("metric", ""), Map.entry("weight", "30"),
                Map.entry("code", ""), Map.entry("name", ""), Map.entry("metric", ""), Map.entry("weight", "")));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("The weights add up to 90, not 100.");
        assertThat(manager.post("/management/indicators/PRACTITIONER?lang=zh-CN", List.of(Map.entry("code", "SALES"),
                Map.entry("name", "Sales volume"), Map.entry("metric", "SALES_VOLUME"), Map.entry("weight", "0"))).body())
                .contains("指标 SALES 须填写代码");
        Page saved = manager.post("/management/indicators/PRACTITIONER?lang=en", List.of(Map.entry("code", "sales"),
                Map.entry("name", "Sales volume"), Map.entry("metric", "SALES_VOLUME"), Map.entry("weight", "60"),
                Map.entry("code", "SERVICE"), Map.entry("name", "Service"), Map.entry("metric", ""), Map.entry("weight", "40")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(as(department.manager()).get("/api/v1/management/indicators/PRACTITIONER").json().valueStream()
                .map(i -> i.get("code").asString() + ":" + i.get("weight").asInt())).containsExactly("SALES:60", "SERVICE:40");
        assertThat(manager.get("/management/appraisals").body()).contains("id=\"indicators-PRACTITIONER\"", "value=\"SERVICE\"");

        String employee = department.member(0, 0);
        java.time.YearMonth lastMonth = java.time.YearMonth.from(today()).minusMonths(1);
        assertThat(manager.post("/management/appraisals", Map.of("month", lastMonth.toString())).status()).isEqualTo(302);
        Page history = manager.get("/management/staff/" + employee + "/appraisals");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).contains("Appraisal history of " + employee, employee + " · " + lastMonth, "Sales volume");
        assertThat(manager.get("/management/staff/wang/appraisals").status()).as("not of this department").isEqualTo(404);
    }

    @Test
    void attendance_and_completion_recorded_on_the_page_make_each_staff_members_training_record() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 2);
        String attended = department.member(0, 0);
        String absent = department.member(0, 1);
        WebSession manager = WebSession.signedIn(port, department.manager(), DEMO_PASSWORD);
        String topic = unique("Suitability refresher ");
        Page noTopic = manager.post("/management/training", Map.of("materialRef", "MAT-1", "heldOn", today().toString()));
        assertThat(noTopic.status()).as("a form without its topic is the person's mistake").isEqualTo(400);
        assertThat(noTopic.body()).contains("The form is missing &#39;topic&#39;");
        assertThat(manager.post("/management/training", Map.of("topic", topic, "materialRef", "MAT-1",
                "heldOn", today().toString())).status()).isEqualTo(302);
        long id = jdbc.sql("select id from mgmt_training_session where department = ? and topic = ?")
                .params(department.manager(), topic).query(Long.class).single();

        Page completedAbsent = manager.post("/management/training/" + id + "/attendance", List.of(Map.entry("completed", absent)));
        assertThat(completedAbsent.status()).isEqualTo(200);
        assertThat(completedAbsent.body()).contains("form-error");
        assertThat(manager.post("/management/training/" + id + "/attendance", List.of(Map.entry("attended", attended),
                Map.entry("completed", attended))).status()).isEqualTo(302);

        String page = manager.get("/management/training").body();
        assertThat(page).contains("id=\"training-records\"", "data-staff=\"" + attended + "\"", today() + " · " + topic);
        assertThat(as(absent).get("/api/v1/management/my/training").json().get(0).get("attended").asBoolean()).isFalse();
        assertThat(WebSession.signedIn(port, attended, DEMO_PASSWORD).get("/my").body()).contains(topic);

        String other = unique("Cancelled ");
        manager.post("/management/training", Map.of("topic", other, "materialRef", "", "heldOn", today().plusDays(7).toString()));
        long second = jdbc.sql("select id from mgmt_training_session where department = ? and topic = ?")
                .params(department.manager(), other).query(Long.class).single();
        assertThat(manager.post("/management/training/" + second + "/cancellation", Map.of()).status()).isEqualTo(302);
        assertThat(jdbc.sql("select status from mgmt_training_session where id = ?").param(second).query(String.class).single())
                .isEqualTo("CANCELLED");
    }

    @Test
    void a_successor_is_named_with_their_readiness_and_the_holder_cannot_succeed_themselves() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 2);
        WebSession manager = WebSession.signedIn(port, department.manager(), DEMO_PASSWORD);
        String holder = department.member(0, 0);
        String successor = department.member(0, 1);
        manager.post("/management/succession", Map.of("title", "Team manager", "holder", holder, "risk", "Single point"));
        long position = jdbc.sql("select id from mgmt_key_position where department = ?").param(department.manager())
                .query(Long.class).single();

        Page self = manager.post("/management/succession/" + position + "/successors", Map.of("username", holder,
                "readiness", "READY_NOW"));
        assertThat(self.status()).isEqualTo(200);
        assertThat(self.body()).contains("form-error");
        assertThat(manager.post("/management/succession/" + position + "/successors", Map.of("username", successor,
                "readiness", "ONE_YEAR")).status()).isEqualTo(302);

        var read = as(department.manager()).get("/api/v1/management/succession").json().get(0);
        assertThat(read.get("successors").get(0).get("username").asString()).isEqualTo(successor);
        assertThat(read.get("successors").get(0).get("readiness").asString()).isEqualTo("ONE_YEAR");
        assertThat(as(newDepartment("SB-SH-XH", 1, 1).manager()).put("/api/v1/management/succession/" + position
                + "/successors/" + successor, Map.of("readiness", "READY_NOW")).status()).as("another department").isEqualTo(404);
    }
}
