package io.steward.management;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Api.Response;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TargetCascadeTest extends ManagementTest {

    @Test
    void the_teams_targets_must_add_up_to_the_department_target_and_a_shortfall_is_named() {
        TestDepartment department = newDepartment("SB-SH-XH", 2, 1);

        Response shortfall = as(department.manager()).post("/api/v1/management/targets", cascade("CONTACTS", 100,
                team(department, 0, 40, 40), team(department, 1, 50, 50)));

        assertThat(shortfall.status()).isEqualTo(400);
        assertThat(shortfall.json().get("type").asString()).isEqualTo("urn:steward:problem:target-cascade-shortfall");
        assertThat(shortfall.json().get("detail").asString()).contains("90").contains("10").contains("100");
        assertThat(as(department.manager()).get("/api/v1/management/targets").json().size()).as("nothing written").isZero();
    }

    @Test
    void an_excess_in_one_team_is_refused_naming_the_team() {
        TestDepartment department = newDepartment("SB-SH-XH", 2, 2);
        Map<String, Object> second = Map.of("team", department.team(1).code(), "target", 50, "members", List.of(
                Map.of("username", department.member(1, 0), "target", 30),
                Map.of("username", department.member(1, 1), "target", 25)));

        Response excess = as(department.manager()).post("/api/v1/management/targets", cascade("SALES_VOLUME", 100,
                Map.of("team", department.team(0).code(), "target", 50, "members", List.of(
                        Map.of("username", department.member(0, 0), "target", 25),
                        Map.of("username", department.member(0, 1), "target", 25))), second));

        assertThat(excess.status()).isEqualTo(400);
        assertThat(excess.json().get("type").asString()).isEqualTo("urn:steward:problem:target-cascade-excess");
        assertThat(excess.json().get("detail").asString()).contains(department.team(1).code()).contains("5");
    }

    @Test
    void satisfaction_is_an_average_so_every_part_must_aim_at_least_as_high() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 2);
        Map<String, Object> team = Map.of("team", department.team(0).code(), "target", 4.5, "members", List.of(
                Map.of("username", department.member(0, 0), "target", 4.6),
                Map.of("username", department.member(0, 1), "target", 4.2)));

        Response below = as(department.manager()).post("/api/v1/management/targets", cascade("SATISFACTION", 4.5, team));

        assertThat(below.status()).isEqualTo(400);
        assertThat(below.json().get("type").asString()).isEqualTo("urn:steward:problem:target-below-average");
        assertThat(below.json().get("detail").asString()).contains(department.member(0, 1));
    }

    @Test
    void contact_progress_is_counted_from_the_contacts_the_staff_logged() {
        TestDepartment department = newDepartment("SB-SH-XH", 2, 1);
        String wang = department.member(0, 0);
        String li = department.member(1, 0);
        Response set = as(department.manager()).post("/api/v1/management/targets", cascade("CONTACTS", 20,
                team(department, 0, 12, 12), team(department, 1, 8, 8)));
        assertThat(set.status()).as(set.toString()).isEqualTo(201);
        as(department.manager()).post("/api/v1/management/targets", cascade("SALES_VOLUME", 1_000_000,
                team(department, 0, 600_000, 600_000), team(department, 1, 400_000, 400_000)));

        LocalDate today = LocalDate.now(clock);
        String wangs = customerNumberOf(wang);
        for (int i = 0; i < 3; i++) {
            logContact(wang, wangs, today);
        }
        String lis = customerNumberOf(li);
        logContact(li, lis, today);
        logContact(li, lis, today.minusMonths(1).withDayOfMonth(1)); // last month: does not count

        JsonNode targets = as(department.manager()).get("/api/v1/management/targets").json();
        JsonNode wangContacts = find(targets, "INDIVIDUAL", wang, "CONTACTS");
        assertThat(wangContacts.get("actual").decimalValue()).isEqualByComparingTo("3");
        assertThat(wangContacts.get("completion").decimalValue()).isEqualByComparingTo("25.0");
        assertThat(find(targets, "TEAM", department.team(1).code(), "CONTACTS").get("actual").decimalValue())
                .isEqualByComparingTo("1");
        JsonNode whole = find(targets, "DEPARTMENT", department.manager(), "CONTACTS");
        assertThat(whole.get("actual").decimalValue()).isEqualByComparingTo("4");
        assertThat(whole.get("completion").decimalValue()).isEqualByComparingTo("20.0");

        JsonNode sales = find(targets, "DEPARTMENT", department.manager(), "SALES_VOLUME");
        assertThat(sales.get("measured").asBoolean()).as("measured from the released sales").isTrue();
        assertThat(sales.get("actual").decimalValue()).as("nothing sold yet").isEqualByComparingTo("0");

        JsonNode mine = as(wang).get("/api/v1/management/my/targets").json();
        assertThat(mine.valueStream().map(t -> t.get("subject").asString())).containsOnly(wang);
        assertThat(mine.valueStream().map(t -> t.get("metric").asString())).contains("CONTACTS", "SALES_VOLUME");
    }

    @Test
    void sales_volume_progress_is_measured_from_the_released_sales_at_every_level() {
        clock.fixAt(clock.instant());
        TestDepartment department = newDepartment("SB-SH-XH", 2, 1);
        String seller = department.member(0, 0);
        String other = department.member(1, 0);
        Response set = as(department.manager()).post("/api/v1/management/targets", cascade("SALES_VOLUME", 1_000_000,
                team(department, 0, 600_000, 600_000), team(department, 1, 400_000, 400_000)));
        assertThat(set.status()).as(set.toString()).isEqualTo(201);
        as(department.manager()).post("/api/v1/management/targets", cascade("NEW_CUSTOMERS", 10,
                team(department, 0, 5, 5), team(department, 1, 5, 5)));
        String product = productOnShelf("R2", 90, 0);
        Registered customer = customerOf(seller, 50, "C3");

        releasedSale(seller, customer, product, "150000.00");
        openedSale(other, customerOf(other, 50, "C3"), product, "90000.00"); // not released: does not count

        JsonNode targets = as(department.manager()).get("/api/v1/management/targets").json();
        JsonNode individual = find(targets, "INDIVIDUAL", seller, "SALES_VOLUME");
        assertThat(individual.get("actual").decimalValue()).isEqualByComparingTo("150000");
        assertThat(individual.get("completion").decimalValue()).isEqualByComparingTo("25.0");
        JsonNode team = find(targets, "TEAM", department.team(0).code(), "SALES_VOLUME");
        assertThat(team.get("actual").decimalValue()).isEqualByComparingTo("150000");
        assertThat(team.get("completion").decimalValue()).isEqualByComparingTo("25.0");
        JsonNode otherTeam = find(targets, "TEAM", department.team(1).code(), "SALES_VOLUME");
        assertThat(otherTeam.get("actual").decimalValue()).isEqualByComparingTo("0");
        JsonNode whole = find(targets, "DEPARTMENT", department.manager(), "SALES_VOLUME");
        assertThat(whole.get("actual").decimalValue()).isEqualByComparingTo("150000");
        assertThat(whole.get("completion").decimalValue()).isEqualByComparingTo("15.0");
        assertThat(find(targets, "INDIVIDUAL", other, "NEW_CUSTOMERS").get("actual").decimalValue())
                .as("the customer they registered").isEqualByComparingTo("1");
        assertThat(find(targets, "DEPARTMENT", department.manager(), "NEW_CUSTOMERS").get("actual").decimalValue())
                .isEqualByComparingTo("2");

        JsonNode mine = as(seller).get("/api/v1/management/my/targets").json();
        assertThat(mine.valueStream().filter(t -> t.get("metric").asString().equals("SALES_VOLUME"))
                .map(t -> t.get("actual").decimalValue().stripTrailingZeros().toPlainString())).containsExactly("150000");
        JsonNode board = as(department.manager()).get("/api/v1/management/dashboard").json();
        assertThat(board.get("targets").valueStream().filter(bar -> bar.get("metric").asString().equals("SALES_VOLUME"))
                .map(bar -> bar.get("completion").decimalValue().stripTrailingZeros().toPlainString())).containsExactly("15");
        assertThat(board.get("teams").get(0).get("subject").asString()).as("ranked by completion")
                .isEqualTo(department.team(0).code());
    }

    @Test
    void aum_growth_and_quality_customers_are_measured_from_the_released_principal_of_the_book() {
        clock.fixAt(clock.instant());
        TestDepartment department = newDepartment("SB-SH-XH", 1, 1);
        String practitioner = department.member(0, 0);
        for (String metric : List.of("AUM_GROWTH", "QUALITY_CUSTOMERS")) {
            assertThat(as(department.manager()).post("/api/v1/management/targets", cascade(metric, 2_000_000,
                    team(department, 0, 2_000_000, 2_000_000))).status()).isEqualTo(201);
        }
        String product = productOnShelf("R2", 90, 0);
        Registered large = customerOf(practitioner, 50, "C3");
        Registered small = customerOf(practitioner, 50, "C3");

        releasedSale(practitioner, large, product, "300000.00");
        releasedSale(practitioner, large, product, "250000.00");
        releasedSale(practitioner, small, product, "100000.00");

        JsonNode targets = as(department.manager()).get("/api/v1/management/targets").json();
        assertThat(find(targets, "INDIVIDUAL", practitioner, "AUM_GROWTH").get("actual").decimalValue())
                .isEqualByComparingTo("650000");
        assertThat(find(targets, "INDIVIDUAL", practitioner, "QUALITY_CUSTOMERS").get("actual").decimalValue())
                .as("CNY 550,000 reaches the CNY 500,000 threshold, 100,000 does not").isEqualByComparingTo("1");
    }

    @Test
    void setting_the_cascade_again_replaces_it_for_that_metric_and_period() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 1);
        as(department.manager()).post("/api/v1/management/targets", cascade("CONTACTS", 10, team(department, 0, 10, 10)));
        Response again = as(department.manager()).post("/api/v1/management/targets", cascade("CONTACTS", 30,
                team(department, 0, 30, 30)));

        assertThat(again.status()).isEqualTo(201);
        JsonNode targets = as(department.manager()).get("/api/v1/management/targets").json();
        assertThat(targets.size()).isEqualTo(3);
        assertThat(find(targets, "DEPARTMENT", department.manager(), "CONTACTS").get("target").decimalValue())
                .isEqualByComparingTo("30");
    }

    private void logContact(String practitioner, String customer, LocalDate on) {
        Response logged = as(practitioner).post("/api/v1/management/care/contacts", Map.of("customerNumber", customer,
                "contactedOn", on.toString(), "channel", "PHONE", "summary", "Quarterly review call"));
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
    }

    private static JsonNode find(JsonNode targets, String level, String subject, String metric) {
        return targets.valueStream().filter(t -> t.get("level").asString().equals(level)
                && t.get("subject").asString().equals(subject) && t.get("metric").asString().equals(metric))
                .findFirst().orElseThrow(() -> new AssertionError(level + " " + subject + " " + metric + " in " + targets));
    }

    static Map<String, Object> cascade(String metric, Number target, Object... teams) {
        return Map.of("periodKind", "MONTH", "period", YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString(),
                "metric", metric, "target", target, "teams", List.of(teams));
    }

    static Map<String, Object> team(TestDepartment department, int index, Number target, Number memberTarget) {
        return Map.of("team", department.team(index).code(), "target", target, "members",
                List.of(Map.of("username", department.member(index, 0), "target", memberTarget)));
    }
}
