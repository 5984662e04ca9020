package io.steward.management;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.management.internal.DailyCloses;
import io.steward.management.internal.Departments;
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
            String customer = customerNumber();
            as(practitioner).post("/api/v1/management/care/contacts", Map.of("customerNumber", customer,
                    "contactedOn", day.toString(), "channel", "PHONE", "summary", "Maturity reminder"));
            as(practitioner).post("/api/v1/management/care/surveys", Map.of("customerNumber", customer,
                    "surveyedOn", day.toString(), "score", practitioner.equals(department.member(0, 1)) ? 3 : 5));
        }
        as(department.member(0, 0)).post("/api/v1/management/care/contacts", Map.of("customerNumber", customerNumber(),
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
                .contains("targets", "contacts", "satisfaction", "meetings", "training", "development", "campaigns");
    }

    @Test
    void a_kept_report_is_not_overwritten_and_regenerating_adds_a_revision() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 1);
        LocalDate day = LocalDate.now(clock).minusDays(3);
        as(department.manager()).get("/api/v1/management/daily-closes/" + day);
        as(department.member(0, 0)).post("/api/v1/management/care/contacts", Map.of("customerNumber", customerNumber(),
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
