package io.steward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo customers cover the cases the rules are about, and everyone's identity number is a valid one. */
class DemoCustomersTest extends IntegrationTest {

    @Test
    void the_demo_books_hold_the_cases_of_the_sales_rules() {
        List<JsonNode> wang = as("wang").get("/api/v1/customers").json().get("rows").valueStream().toList();
        List<JsonNode> li = as("li").get("/api/v1/customers").json().get("rows").valueStream().toList();
        List<JsonNode> zhang = as("zhang").get("/api/v1/customers").json().get("rows").valueStream().toList();

        assertThat(wang).anySatisfy(c -> assertRow(c, "王建国", 70, "C3", "VALID"));
        assertThat(wang).anySatisfy(c -> assertRow(c, "李秀英", 45, "C2", "VALID"));
        assertThat(wang).anySatisfy(c -> assertRow(c, "张子涵", 16, "C2", "VALID"));
        assertThat(wang).anySatisfy(c -> assertRow(c, "赵磊", 28, "FAILED", "VALID"));
        assertThat(wang).anySatisfy(c -> assertRow(c, "孙丽", 52, "C4", "EXPIRING"));
        assertThat(wang).anySatisfy(c -> assertRow(c, "周杰", 35, null, "NONE"));
        assertThat(li).anySatisfy(c -> assertRow(c, "陈刚", 58, "C3", "EXPIRED"));
        assertThat(li).anySatisfy(c -> assertRow(c, "吴强", 40, "C5", "VALID"));
        assertThat(zhang).anySatisfy(c -> assertRow(c, "高秀兰", 68, "C4", "VALID"));
        assertThat(jdbc.sql("select count(distinct purpose) from fund").query(Long.class).single()).isEqualTo(6);
        assertThat(jdbc.sql("select count(*) from guardian where verified_at is not null").query(Long.class).single())
                .isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from referral where referred_by = 'lobby'").query(Long.class).single())
                .isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from interview_flag").query(Long.class).single()).isGreaterThanOrEqualTo(1);
        JsonNode shortMoney = as("wang").get("/api/v1/customers/" + number(wang, "周杰") + "/funds").json().get(0);
        assertThat(shortMoney.get("neededBackOn").asString()).isEqualTo(java.time.LocalDate.now(clock).plusDays(90).toString());
        assertThat(jdbc.sql("select count(*) from audit_event where event_type = 'CUSTOMER_CREATED' and actor = 'wang'")
                .query(Long.class).single()).as("entered under the practitioner's name").isGreaterThanOrEqualTo(6);
    }

    private static void assertRow(JsonNode row, String name, int age, String level, String assessment) {
        assertThat(row.get("name").asString()).isEqualTo(name);
        assertThat(row.get("age").asInt()).isEqualTo(age);
        if (level == null) {
            assertThat(row.has("level")).isFalse();
        } else {
            assertThat(row.get("level").asString()).isEqualTo(level);
        }
        assertThat(row.get("assessment").asString()).isEqualTo(assessment);
    }

    private static String number(List<JsonNode> rows, String name) {
        return rows.stream().filter(r -> r.get("name").asString().equals(name)).findFirst().orElseThrow()
                .get("number").asString();
    }
}
