package io.steward.management;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManagementScopeTest extends ManagementTest {

    @Test
    void a_manager_of_another_department_gets_404_for_this_departments_staff_and_records() {
        TestDepartment mine = newDepartment("SB-SH-XH", 1, 1);
        TestDepartment other = newDepartment("SB-SH-XH", 1, 1);
        String employee = mine.member(0, 0);
        long appraisal = openedAppraisal(mine);

        assertThat(as(other.manager()).get("/api/v1/management/appraisals/" + appraisal).status()).isEqualTo(404);
        assertThat(as(other.manager()).post("/api/v1/management/appraisals/" + appraisal + "/verification", Map.of()).status())
                .isEqualTo(404);
        assertThat(as(other.manager()).get("/api/v1/management/staff/" + employee + "/appraisals").status()).isEqualTo(404);
        assertThat(as(other.manager()).get("/api/v1/management/staff/" + employee + "/training").status()).isEqualTo(404);
        assertThat(as(other.manager()).get("/api/v1/management/targets?department=" + mine.manager()).status()).isEqualTo(404);
        assertThat(as(other.manager()).post("/api/v1/management/targets", TargetCascadeTest.cascade("CONTACTS", 5,
                TargetCascadeTest.team(mine, 0, 5, 5))).status()).as("not one of their teams").isEqualTo(400);
        assertThat(as(mine.manager()).get("/api/v1/management/appraisals/" + appraisal).status()).isEqualTo(200);
    }

    @Test
    void a_practitioner_sees_only_their_own_targets_and_appraisals() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 2);
        long appraisal = openedAppraisal(department);
        String owner = department.member(0, 0);
        String colleague = department.member(0, 1);

        assertThat(as(owner).get("/api/v1/management/appraisals/" + appraisal).status()).isEqualTo(200);
        assertThat(as(colleague).get("/api/v1/management/appraisals/" + appraisal).status()).isEqualTo(404);
        assertThat(as(colleague).get("/api/v1/management/targets").status()).as("department figures").isEqualTo(403);
        assertThat(as(colleague).get("/api/v1/management/staff/" + owner + "/appraisals").status()).isEqualTo(403);
        assertThat(as(colleague).get("/api/v1/management/my/appraisals").json().valueStream()
                .map(a -> a.get("employee").asString())).containsOnly(colleague);
    }

    @Test
    void a_director_reads_the_aggregates_of_departments_in_their_subtree_only() {
        TestDepartment shanghai = newDepartment("SB-SH-XH", 1, 1);
        TestDepartment beijing = newDepartment("SB-BJ-CY", 1, 1);

        assertThat(as("director").get("/api/v1/management/targets?department=" + shanghai.manager()).status()).isEqualTo(200);
        assertThat(as("director").get("/api/v1/management/dashboard?department=manager").status()).isEqualTo(200);
        assertThat(as("director").get("/api/v1/management/targets?department=" + beijing.manager()).status()).isEqualTo(404);
        assertThat(as("director").get("/api/v1/management/departments").json().valueStream()
                .map(d -> d.get("manager").asString())).contains("manager", shanghai.manager()).doesNotContain(beijing.manager());
        assertThat(as("director").post("/api/v1/management/targets", TargetCascadeTest.cascade("CONTACTS", 5,
                TargetCascadeTest.team(shanghai, 0, 5, 5))).status()).as("read-only").isEqualTo(403);
        assertThat(as("director").get("/api/v1/management/appraisals?month=2025-01").status()).isEqualTo(403);
    }

    private long openedAppraisal(TestDepartment department) {
        as(department.manager()).put("/api/v1/management/indicators/PRACTITIONER", Map.of("indicators", List.of(
                Map.of("code", "SERVICE", "name", "Service quality", "weight", 100))));
        return as(department.manager()).post("/api/v1/management/appraisals",
                Map.of("month", YearMonth.now(clock).minusMonths(1).toString())).json().valueStream()
                .filter(a -> a.get("employee").asString().equals(department.member(0, 0)))
                .findFirst().orElseThrow().get("id").asLong();
    }
}
