package io.steward.management;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Api.Response;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MeetingCadenceTest extends ManagementTest {

    @Test
    void the_cadence_report_flags_the_one_missed_week_and_the_one_missed_day() {
        TestDepartment department = newDepartment("SB-SH-XH", 2, 1);
        String manager = department.manager();
        // four full weeks, Monday 2 June to Sunday 29 June 2025, looked at on Monday 30 June
        LocalDate start = LocalDate.of(2025, 6, 2);
        clock.fixAt(LocalDate.of(2025, 6, 30).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        schedule(manager, Map.of("kind", "ALL_STAFF_WEEKLY", "weekday", "FRIDAY", "at", "17:00", "startsOn", start.toString()));
        schedule(manager, Map.of("kind", "TEAM_MANAGERS_DAILY", "at", "08:30", "startsOn", start.toString()));
        as(manager).put("/api/v1/management/teams/" + department.team(0).code() + "/lead", Map.of("username", department.member(0, 0)));
        as(manager).put("/api/v1/management/teams/" + department.team(1).code() + "/lead", Map.of("username", department.member(1, 0)));

        LocalDate missedWeek = LocalDate.of(2025, 6, 16);
        LocalDate missedDay = LocalDate.of(2025, 6, 11);
        for (LocalDate day = start; day.isBefore(LocalDate.of(2025, 6, 30)); day = day.plusDays(1)) {
            boolean weekday = day.getDayOfWeek().getValue() <= 5;
            if (weekday && !day.equals(missedDay)) {
                hold(manager, "TEAM_MANAGERS_DAILY", day, List.of(department.member(0, 0), department.member(1, 0)));
            }
            if (day.getDayOfWeek() == DayOfWeek.FRIDAY && !day.equals(missedWeek.plusDays(4))) {
                hold(manager, "ALL_STAFF_WEEKLY", day, List.of(department.member(0, 0), department.member(1, 0)));
            }
        }

        JsonNode report = as(manager).get("/api/v1/management/meetings/cadence?from=2025-06-02&to=2025-06-30").json();

        JsonNode weekly = cadence(report, "ALL_STAFF_WEEKLY");
        assertThat(weekly.get("expected").asInt()).isEqualTo(4);
        assertThat(weekly.get("held").asInt()).isEqualTo(3);
        assertThat(weekly.get("missed").valueStream().map(JsonNode::asString)).containsExactly("2025-06-16");
        JsonNode daily = cadence(report, "TEAM_MANAGERS_DAILY");
        assertThat(daily.get("expected").asInt()).as("20 business days; today's meeting is not due yet").isEqualTo(20);
        assertThat(daily.get("missed").valueStream().map(JsonNode::asString)).containsExactly("2025-06-11");
    }

    @Test
    void a_meeting_records_attendance_decisions_and_follow_ups_and_the_owner_closes_theirs() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 2);
        String manager = department.manager();
        String owner = department.member(0, 1);
        LocalDate today = LocalDate.now(clock);
        schedule(manager, Map.of("kind", "ALL_STAFF_WEEKLY", "weekday", "MONDAY", "at", "17:00", "startsOn", today.minusDays(30).toString()));

        Response recorded = as(manager).post("/api/v1/management/meetings", Map.of("kind", "ALL_STAFF_WEEKLY",
                "heldOn", today.toString(), "agenda", "Head office instructions; marketing case review",
                "minutes", "Reviewed the pension-fund case.", "attendance", List.of(
                        Map.of("username", department.member(0, 0), "present", true), Map.of("username", owner, "present", false)),
                "decisions", List.of("Call every platinum customer before month end"),
                "followUps", List.of(Map.of("text", "Prepare the campaign list", "owner", owner, "dueOn", today.plusDays(3).toString()))));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.json().get("decisions").get(0).asString()).startsWith("Call every");

        JsonNode followUps = as(owner).get("/api/v1/management/my/follow-ups").json();
        assertThat(followUps.size()).isEqualTo(1);
        long id = followUps.get(0).get("id").asLong();
        assertThat(as(department.member(0, 0)).post("/api/v1/management/follow-ups/" + id + "/completion", Map.of()).status())
                .as("not theirs").isEqualTo(404);
        assertThat(as(owner).post("/api/v1/management/follow-ups/" + id + "/completion", Map.of()).status()).isEqualTo(204);
        assertThat(as(owner).get("/api/v1/management/my/follow-ups").json().size()).isZero();

        Response stranger = as(manager).post("/api/v1/management/meetings", Map.of("kind", "ALL_STAFF_WEEKLY",
                "heldOn", today.toString(), "agenda", "a", "minutes", "m",
                "attendance", List.of(Map.of("username", "zhang", "present", true))));
        assertThat(stranger.status()).isEqualTo(400);
    }

    private void schedule(String manager, Map<String, Object> schedule) {
        Response response = as(manager).put("/api/v1/management/meetings/schedules", schedule);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private void hold(String manager, String kind, LocalDate day, List<String> present) {
        Response response = as(manager).post("/api/v1/management/meetings", Map.of("kind", kind, "heldOn", day.toString(),
                "agenda", "Daily plan", "minutes", "Targets of the day assigned",
                "attendance", present.stream().map(u -> Map.of("username", u, "present", true)).toList()));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private static JsonNode cadence(JsonNode report, String kind) {
        return report.get("cadences").valueStream().filter(c -> c.get("kind").asString().equals(kind)).findFirst().orElseThrow();
    }
}
