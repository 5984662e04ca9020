package io.steward.management;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.management.internal.DailyCloses;
import io.steward.management.internal.Departments;
import io.steward.support.Api.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class DailyCloseTest extends ManagementTest {

    @Autowired
    DailyCloses closes;

    @Autowired
    Departments departments;

    @Test
    void the_daily_close_of_a_day_reports_its_contacts_and_surveys() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 2);
        LocalDate day = LocalDate.now(clock).minusDays(2);
        for (String practitioner : List.of(department.member(0, 0), department.member(0, 0), department.member(0, 1))) {
            String customer = customerNumberOf(practitioner);
            as(practitioner).post("/api/v1/management/care/contacts", Map.of("customerNumber", customer,
                    "contactedOn", day.toString(), "channel", "PHONE", "summary", "Maturity reminder"));
            as(practitioner).post("/api/v1/management/care/surveys", Map.of("customerNumber", customer,
                    "surveyedOn", day.toString(), "score", practitioner.equals(department.member(0, 1)) ? 3 : 5));
        }
        as(department.member(0, 0)).post("/api/v1/management/care/contacts", Map.of("customerNumber", customerNumberOf(department.member(0, 0)),
                "contactedOn", day.minusDays(1).toString(), "channel", "PHONE", "summary", "Another day"));

        JsonNode close = as(department.manager()).get("/api/v1/management/daily-closes/" + day).json();

        assertThat(close.get("kept").asBoolean()).isTrue();
        assertThat(close.get("revision").asInt()).isEqualTo(1);
        JsonNode contacts = section(close, "contacts");
        assertThat(figure(contacts, "management.close.contacts.total", null)).isEqualTo("3");
        assertThat(figure(contacts, "management.close.contacts.by-staff", department.member(0, 0))).isEqualTo("2");
        JsonNode satisfaction = section(close, "satisfaction");
        assertThat(figure(satisfaction, "management.close.satisfaction.surveys", null)).isEqualTo("3");
        assertThat(figure(satisfaction, "management.close.satisfaction.average", null)).isEqualTo("4.33");
        assertThat(close.get("sections").valueStream().map(s -> s.get("key").asString()))
                .containsExactly("targets", "sales", "customers", "aum", "assessments", "compliance", "contacts",
                        "satisfaction", "meetings", "training", "development", "campaigns");
    }

    @Test
    void the_daily_close_of_a_day_with_sales_reports_them_by_risk_level_with_new_customers_aum_and_assessments() {
        clock.fixAt(clock.instant());
        TestDepartment department = newDepartment("SB-SH-XH", 1, 2);
        String first = department.member(0, 0);
        String second = department.member(0, 1);
        LocalDate today = today();
        String r2 = productOnShelf("R2", 90, 0);
        String r3 = productOnShelf("R3", 180, 0);
        Registered steady = customerOf(first, 40, "C3");
        Registered bold = customerOf(second, 45, "C4");
        as(department.manager()).post("/api/v1/management/targets", TargetCascadeTest.cascade("SALES_VOLUME", 1_000_000,
                Map.of("team", department.team(0).code(), "target", 1_000_000, "members", List.of(
                        Map.of("username", first, "target", 500_000), Map.of("username", second, "target", 500_000)))));

        releasedSale(first, steady, r2, "100000.00");
        releasedSale(second, bold, r3, "500000.00");
        openedSale(first, steady, r2, "70000.00"); // waiting for the customer: not a sale yet
        Response flagged = as(first).post("/api/v1/customers/" + steady.number() + "/interviews", Map.of(
                "heldOn", today.toString(), "financialSituation", "Salary and savings",
                "investmentObjectives", "Growth", "productsConsidered", "An R2 fixed-income product",
                "reasonsNotBought", "Bought it", "unmetNeeds", "None",
                "familySituation", "Told the customer the principal is guaranteed"));
        assertThat(flagged.status()).as(flagged.body()).isEqualTo(201);

        JsonNode close = as(department.manager()).get("/api/v1/management/daily-closes/" + today).json();

        JsonNode sales = section(close, "sales");
        assertThat(figure(sales, "management.close.sales.count", null)).isEqualTo("2");
        assertThat(figure(sales, "management.close.sales.volume", null)).isEqualTo("600000");
        assertThat(figure(sales, "management.close.sales.count-by-risk", "R2")).isEqualTo("1");
        assertThat(figure(sales, "management.close.sales.volume-by-risk", "R2")).isEqualTo("100000");
        assertThat(figure(sales, "management.close.sales.count-by-risk", "R3")).isEqualTo("1");
        assertThat(figure(sales, "management.close.sales.volume-by-risk", "R3")).isEqualTo("500000");
        assertThat(sales.get("figures").valueStream().map(f -> f.path("subject").asString(""))).doesNotContain("R1", "R4", "R5");
        JsonNode customers = section(close, "customers");
        assertThat(figure(customers, "management.close.customers.new", null)).isEqualTo("2");
        assertThat(figure(customers, "management.close.customers.by-staff", first)).isEqualTo("1");
        JsonNode aum = section(close, "aum");
        assertThat(figure(aum, "management.close.aum.total", null)).isEqualTo("600000");
        assertThat(figure(aum, "management.close.aum.change", null)).isEqualTo("600000");
        assertThat(figure(aum, "management.close.aum.quality-customers", null)).as("CNY 500,000 and more").isEqualTo("1");
        JsonNode assessments = section(close, "assessments");
        assertThat(figure(assessments, "management.close.assessments.done", null)).isEqualTo("2");
        assertThat(figure(assessments, "management.close.assessments.expiring", null)).isEqualTo("0");
        JsonNode compliance = section(close, "compliance");
        assertThat(figure(compliance, "management.close.compliance.interview-flags", null)).isEqualTo("1");
        assertThat(figure(compliance, "management.close.compliance.proxy-flags", null)).isEqualTo("0");
        assertThat(figure(compliance, "management.close.compliance.assessment-reviews", null)).isEqualTo("0");
        JsonNode targets = section(close, "targets");
        assertThat(figure(targets, "management.close.targets.actual", "SALES_VOLUME")).isEqualTo("600000");
        assertThat(figure(targets, "management.close.targets.completion", "SALES_VOLUME")).isEqualTo("60");
        assertThat(close.toString()).as("aggregates only").doesNotContain(steady.number(), bold.number());

        JsonNode dayBefore = as(department.manager()).get("/api/v1/management/daily-closes/" + today.minusDays(1)).json();
        assertThat(figure(section(dayBefore, "sales"), "management.close.sales.count", null)).isEqualTo("0");
        assertThat(figure(section(dayBefore, "aum"), "management.close.aum.total", null)).isEqualTo("0");
    }

    @Test
    void a_kept_report_is_not_overwritten_and_regenerating_adds_a_revision() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 1);
        LocalDate day = LocalDate.now(clock).minusDays(3);
        as(department.manager()).get("/api/v1/management/daily-closes/" + day);
        as(department.member(0, 0)).post("/api/v1/management/care/contacts", Map.of("customerNumber", customerNumberOf(department.member(0, 0)),
                "contactedOn", day.toString(), "channel", "VISIT", "summary", "Logged late"));

        JsonNode kept = as(department.manager()).get("/api/v1/management/daily-closes/" + day).json();
        assertThat(figure(section(kept, "contacts"), "management.close.contacts.total", null)).as("as kept").isEqualTo("0");

        JsonNode revised = as(department.manager()).post("/api/v1/management/daily-closes/" + day + "/revisions", Map.of()).json();
        assertThat(revised.get("revision").asInt()).isEqualTo(2);
        assertThat(figure(section(revised, "contacts"), "management.close.contacts.total", null)).isEqualTo("1");
        assertThat(as(department.manager()).get("/api/v1/management/daily-closes/" + day + "/revisions").json().size()).isEqualTo(2);
    }

    @Test
    void two_nodes_closing_the_same_day_at_once_keep_one_report() throws Exception {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 1);
        Department subject = departments.find(department.manager()).orElseThrow();
        LocalDate day = LocalDate.now(clock).minusDays(1);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> close = () -> {
            start.await();
            return closes.keep(subject, day, "steward").revision();
        };
        try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
            Future<Integer> first = nodes.submit(close);
            Future<Integer> second = nodes.submit(close);
            start.countDown();
            assertThat(first.get()).isEqualTo(1);
            assertThat(second.get()).isEqualTo(1);
        }

        assertThat(jdbc.sql("select count(*) from mgmt_daily_close where department = ? and business_day = ?")
                .params(department.manager(), day).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where event_type = 'DAILY_CLOSE_GENERATED' and subject_id = ?")
                .param(department.manager()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_day_to_come_cannot_be_closed() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 1);

        assertThat(as(department.manager()).get("/api/v1/management/daily-closes/" + LocalDate.now(clock).plusDays(1)).status())
                .isEqualTo(400);
    }

    private static JsonNode section(JsonNode close, String key) {
        return close.get("sections").valueStream().filter(s -> s.get("key").asString().equals(key)).findFirst().orElseThrow();
    }

    private static String figure(JsonNode section, String label, String subject) {
        return section.get("figures").valueStream()
                .filter(f -> f.get("labelKey").asString().equals(label)
                        && (subject == null ? !f.has("subject") : subject.equals(f.path("subject").asString(null))))
                .map(f -> f.get("value").decimalValue().stripTrailingZeros().toPlainString()).findFirst().orElseThrow();
    }
}
