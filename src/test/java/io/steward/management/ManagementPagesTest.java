package io.steward.management;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.WebSession;
import io.steward.support.WebSession.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pages phase 2 adds: campaigns (create, activities, effect, the practitioner's list), succession actions, /my. */
class ManagementPagesTest extends ManagementTest {

    @Test
    void the_manager_creates_a_campaign_on_its_page_adds_an_activity_and_reads_its_effect() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 2);
        String first = department.member(0, 0);
        Registered customer = customerOf(first, 60, "C2");
        customerOf(department.member(0, 1), 30, "C2");
        WebSession manager = WebSession.signedIn(port, department.manager(), DEMO_PASSWORD);
        LocalDate today = today();
        String name = unique("Pension season ");

        Page created = manager.post("/management/campaigns", List.of(Map.entry("name", name),
                Map.entry("objective", "Capital preservation near retirement"), Map.entry("startsOn", today.toString()),
                Map.entry("endsOn", today.plusDays(20).toString()), Map.entry("segment.riskLevels", "C1"),
                Map.entry("segment.riskLevels", "C2"), Map.entry("segment.minAge", "50"), Map.entry("segment.maxAge", ""),
                Map.entry("segment.minAum", ""), Map.entry("segment.maxAum", ""),
                Map.entry("segment.assessmentStatus", "VALID"), Map.entry("segment.institutionCode", ""),
                Map.entry("staff", first), Map.entry("staff", department.member(0, 1))));

        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String path = created.header("Location").replaceFirst("^https?://[^/]+", "");
        assertThat(path).matches("/management/campaigns/\\d+");
        Page page = manager.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(name, "C1, C2", "Effect analysis", "class=\"segment-size\">1<")
                .doesNotContain(customer.number());

        Page activity = manager.post(path + "/activities", Map.of("heldOn", today.toString(),
                "description", "Retirement planning salon"));
        assertThat(activity.status()).isEqualTo(302);
        assertThat(manager.get(path).body()).contains("Retirement planning salon");
        assertThat(manager.get("/management/campaigns").body()).contains(name, "new-campaign");

        WebSession practitioner = WebSession.signedIn(port, first, DEMO_PASSWORD);
        Page own = practitioner.get(path);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains(customer.number(), "My customers in the segment");
        Page recorded = practitioner.post(path + "/outcomes", Map.of("customerNumber", customer.number(), "outcome", "INTERESTED"));
        assertThat(recorded.status()).isEqualTo(302);
        assertThat(practitioner.get(path).body()).contains("value=\"INTERESTED\" selected");
    }

    @Test
    void a_campaign_form_with_its_end_before_its_start_comes_back_with_the_message_and_what_was_typed() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 1);
        WebSession manager = WebSession.signedIn(port, department.manager(), DEMO_PASSWORD);

        Page refused = manager.post("/management/campaigns", List.of(Map.entry("name", "Backwards"),
                Map.entry("objective", "Nothing"), Map.entry("startsOn", today().toString()),
                Map.entry("endsOn", today().minusDays(1).toString()), Map.entry("segment.minAge", "70"),
                Map.entry("segment.maxAge", "50"), Map.entry("staff", department.member(0, 0))));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("a campaign ends on or after its start", "value=\"Backwards\"", "value=\"70\"");
        assertThat(jdbc.sql("select count(*) from mgmt_campaign where department = ?").param(department.manager())
                .query(Long.class).single()).isZero();
    }

    @Test
    void the_manager_adds_a_development_action_to_a_successor_and_marks_it_done_on_the_succession_page() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 2);
        WebSession manager = WebSession.signedIn(port, department.manager(), DEMO_PASSWORD);
        assertThat(manager.post("/management/succession", Map.of("title", "Team manager", "holder", department.member(0, 0),
                "risk", "No deputy")).status()).isEqualTo(302);
        long position = jdbc.sql("select id from mgmt_key_position where department = ?").param(department.manager())
                .query(Long.class).single();

        Page added = manager.post("/management/succession/" + position + "/actions", Map.of("username", department.member(0, 1),
                "action", "Lead the weekly case review", "dueOn", today().plusMonths(2).toString()));

        assertThat(added.status()).isEqualTo(302);
        long action = jdbc.sql("select id from mgmt_development_action where position_id = ?").param(position)
                .query(Long.class).single();
        assertThat(manager.get("/management/succession").body()).contains("Lead the weekly case review",
                "/management/succession/" + position + "/actions/" + action + "/completion");
        assertThat(manager.post("/management/succession/" + position + "/actions/" + action + "/completion", Map.of()).status())
                .isEqualTo(302);
        assertThat(jdbc.sql("select done_on from mgmt_development_action where id = ?").param(action)
                .query(LocalDate.class).single()).isEqualTo(today());
        assertThat(manager.get("/management/succession").body()).contains("done " + today())
                .doesNotContain("/actions/" + action + "/completion");
        Page missingDate = manager.post("/management/succession/" + position + "/actions", Map.of("username",
                department.member(0, 1), "action", "Without a date", "dueOn", ""));
        assertThat(missingDate.status()).isEqualTo(200);
        assertThat(missingDate.body()).contains("form-error");
    }

    @Test
    void a_practitioners_dashboard_lists_their_open_tasks_expiring_assessments_and_cases_under_way() {
        clock.fixAt(clock.instant());
        TestDepartment department = newDepartment("SB-SH-XH", 1, 2);
        String practitioner = department.member(0, 0);
        Registered expiring = customerOf(practitioner, 50, "C3");
        Registered colleagues = customerOf(department.member(0, 1), 50, "C3");
        String product = productOnShelf("R2", 90, 0);
        openedSale(practitioner, expiring, product, "50000.00");
        String prospect = unique("Prospect ");
        assertThat(as("lobby").post("/api/v1/referrals", Map.of("prospectName", prospect, "phone", io.steward.support.Clients.phone(),
                "practitioner", practitioner)).status()).isEqualTo(201);
        clock.advance(java.time.Duration.ofDays(345)); // the assessments were valid for 365 days

        Page my = WebSession.signedIn(port, practitioner, DEMO_PASSWORD).get("/my");

        assertThat(my.status()).isEqualTo(200);
        assertThat(my.body()).contains("My customers&#39; assessments expiring within 30 days", expiring.number(),
                "Waiting for the customer: 1", "/sales?state=AWAITING_CUSTOMER", "My open customer tasks",
                "Referral to handle: " + prospect + " (from lobby)")
                .doesNotContain(colleagues.number());
    }

    @Test
    void every_management_page_of_the_demo_department_renders_in_english_and_chinese_without_a_missing_text() {
        WebSession manager = WebSession.signedIn(port, "manager", DEMO_PASSWORD);
        WebSession wang = WebSession.signedIn(port, "wang", DEMO_PASSWORD);
        long campaign = jdbc.sql("select min(id) from mgmt_campaign where department = 'manager'").query(Long.class).single();
        List<String> managerPages = List.of("/management", "/management/daily-close", "/management/plans", "/management/targets",
                "/management/appraisals", "/management/meetings", "/management/training", "/management/succession",
                "/management/campaigns", "/management/campaigns/" + campaign, "/management/care", "/management/prospects",
                "/management/staff/wang/appraisals");
        List<String> practitionerPages = List.of("/my", "/management/campaigns", "/management/campaigns/" + campaign,
                "/management/care", "/management/prospects");
        for (String lang : List.of("en", "zh-CN")) {
            for (String path : managerPages) {
                Page page = manager.get(path + "?lang=" + lang);
                assertThat(page.status()).as(path).isEqualTo(200);
                assertThat(page.body()).as(path + " " + lang).doesNotContain("??");
            }
            for (String path : practitionerPages) {
                Page page = wang.get(path + "?lang=" + lang);
                assertThat(page.status()).as(path).isEqualTo(200);
                assertThat(page.body()).as(path + " " + lang).doesNotContain("??");
            }
        }
        assertThat(wang.get("/management/care?lang=en").body()).as("the demo care book is wang's own client book")
                .contains("id=\"care-book\"").doesNotContain("C10000000");
    }
}
