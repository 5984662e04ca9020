package io.steward.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Api;
import io.steward.support.CustomerTest;
import io.steward.support.WebSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/** DESIGN §6 / PRIV-1: full view for the assigned practitioner, low-sensitivity view for their assistants, 404 else. */
class CustomerScopeTest extends CustomerTest {

    @Test
    void the_assigned_practitioner_sees_the_full_record_and_the_reading_is_audited() {
        Registered customer = newCustomer("wang", today().minusYears(45));

        JsonNode full = as("wang").get("/api/v1/customers/" + customer.number()).json();

        assertThat(full.get("view").asString()).isEqualTo("FULL");
        assertThat(full.get("identityNumber").asString()).isEqualTo(customer.identityNumber());
        assertThat(full.get("phone").asString()).isEqualTo(customer.phone());
        assertThat(full.get("age").asInt()).isEqualTo(45);
        List<String> views = viewsOf(customer.number(), "wang");
        assertThat(views).containsExactly("FULL");
    }

    @Test
    void an_assistant_of_the_practitioner_sees_only_the_masked_low_sensitivity_view() {
        Registered customer = newCustomer("wang", "欧阳明", Gender.MALE, today().minusYears(67));
        as("wang").post("/api/v1/customers/" + customer.number() + "/funds", Map.of("amount", "123456.78",
                "currency", "CNY", "purpose", "PENSION", "neededBackOn", today().plusYears(1).toString()));

        Api.Response response = as("assistant").get("/api/v1/customers/" + customer.number());

        assertThat(response.status()).isEqualTo(200);
        JsonNode low = response.json();
        assertThat(low.get("view").asString()).isEqualTo("LOW_SENSITIVITY");
        assertThat(low.get("maskedName").asString()).isEqualTo("欧*");
        assertThat(low.get("ageBand").asString()).isEqualTo("FROM_65");
        assertThat(low.get("practitioner").asString()).isEqualTo("wang");
        assertThat(low.propertyNames()).doesNotContain("fullName", "identityNumber", "phone", "address", "funds",
                "familySituation", "interviews", "guardians", "birthDate", "age", "incomeBand");
        assertThat(response.body()).doesNotContain(customer.identityNumber()).doesNotContain(customer.phone())
                .doesNotContain("欧阳明").doesNotContain("123456");
        assertThat(viewsOf(customer.number(), "assistant")).containsExactly("LOW_SENSITIVITY");
        assertThat(as("assistant").get("/api/v1/customers/" + customer.number() + "/funds").status())
                .as("no balances in the low-sensitivity view").isEqualTo(404);
        assertThat(as("assistant").get("/api/v1/customers/" + customer.number() + "/interviews").status()).isEqualTo(404);

        WebSession.Page page = WebSession.signedIn(port, "assistant", DEMO_PASSWORD).get("/clients/" + customer.number());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("欧*").contains("Low-sensitivity view").doesNotContain("欧阳明")
                .doesNotContain(customer.identityNumber()).doesNotContain(customer.phone());
    }

    @Test
    void another_practitioner_and_every_other_role_get_404_as_for_a_customer_that_does_not_exist_and_it_is_recorded() {
        Registered customer = newCustomer("wang", today().minusYears(45));

        for (String outsider : List.of("li", "zhang", "admin", "compliance", "director", "manager", "head.sh", "lobby")) {
            Api.Response refused = as(outsider).get("/api/v1/customers/" + customer.number());
            assertThat(refused.status()).as(outsider).isEqualTo(404);
            assertThat(refused.json().get("type").asString()).isEqualTo("urn:steward:problem:unknown-customer");
        }
        Api.Response missing = as("li").get("/api/v1/customers/C99999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asString()).isEqualTo(
                as("li").get("/api/v1/customers/" + customer.number()).json().get("detail").asString()
                        .replace(customer.number(), "C99999999"));
        assertThat(WebSession.signedIn(port, "li", DEMO_PASSWORD).get("/clients/" + customer.number()).status())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from audit_event where event_type = 'CUSTOMER_ACCESS_REFUSED' "
                + "and subject_id = ? and actor = 'li'").param(customer.number()).query(Long.class).single())
                .isGreaterThanOrEqualTo(2);
        assertThat(viewsOf(customer.number(), "li")).isEmpty();
    }

    @Test
    void the_client_book_lists_own_customers_in_full_and_the_assisted_practitioners_customers_masked() {
        Registered mine = newCustomer("wang", "司马光", Gender.MALE, today().minusYears(45));
        Registered lis = newCustomer("li", today().minusYears(30));
        Registered zhangs = newCustomer("zhang", today().minusYears(30));

        JsonNode wangBook = as("wang").get("/api/v1/customers").json();
        assertThat(wangBook.get("view").asString()).isEqualTo("FULL");
        assertThat(numbers(wangBook)).contains(mine.number()).doesNotContain(lis.number(), zhangs.number());
        JsonNode assistantBook = as("assistant").get("/api/v1/customers").json();
        assertThat(assistantBook.get("view").asString()).isEqualTo("LOW_SENSITIVITY");
        assertThat(numbers(assistantBook)).contains(mine.number(), lis.number()).doesNotContain(zhangs.number());
        assertThat(assistantBook.get("rows").valueStream()).allSatisfy(row -> {
            assertThat(row.get("name").asString()).endsWith("*").hasSizeLessThanOrEqualTo(2);
            assertThat(row.has("age")).isFalse();
        });
        assertThat(numbers(as("assistant").get("/api/v1/customers?q=司马光").json()))
                .as("an assistant cannot find out who is a customer by name").isEmpty();
        assertThat(numbers(as("assistant").get("/api/v1/customers?q=" + mine.number()).json()))
                .containsExactly(mine.number());
        assertThat(as("admin").get("/api/v1/customers").status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from audit_event where event_type = 'CUSTOMER_LIST_VIEWED' and actor = 'assistant'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void a_database_dump_holds_no_identity_or_phone_number_and_neither_do_the_audit_trail_or_the_log(
            CapturedOutput log) {
        Registered customer = newCustomer("wang", today().minusYears(45));
        as("wang").get("/api/v1/customers/" + customer.number());

        Map<String, Object> row = jdbc.sql("select * from customer where number = ?").param(customer.number())
                .query().singleRow();
        assertThat(row.values().stream().map(String::valueOf))
                .noneMatch(value -> value.contains(customer.identityNumber()) || value.contains(customer.phone()));
        assertThat(jdbc.sql("select count(*) from audit_event where details like ? or details like ?")
                .params("%" + customer.identityNumber() + "%", "%" + customer.phone() + "%").query(Long.class).single())
                .isZero();
        assertThat(log.getAll()).doesNotContain(customer.identityNumber()).doesNotContain(customer.phone());
    }

    @Test
    void a_practitioner_finds_a_customer_by_exact_phone_or_identity_number_through_the_keyed_hash() {
        Registered customer = newCustomer("wang", today().minusYears(45));

        assertThat(numbers(as("wang").get("/api/v1/customers?q=" + customer.phone()).json()))
                .containsExactly(customer.number());
        assertThat(numbers(as("wang").get("/api/v1/customers?q=" + customer.identityNumber()).json()))
                .containsExactly(customer.number());
        assertThat(numbers(as("li").get("/api/v1/customers?q=" + customer.phone()).json())).isEmpty();
    }

    private List<String> viewsOf(String number, String actor) {
        return jdbc.sql("""
                select details from audit_event where event_type = 'CUSTOMER_VIEWED' and subject_id = ? and actor = ?
                order by seq""").params(number, actor).query(String.class).list().stream()
                .map(details -> details.replaceAll(".*\"view\":\"([A-Z_]+)\".*", "$1")).toList();
    }

    private static List<String> numbers(JsonNode page) {
        return page.get("rows").valueStream().map(row -> row.get("number").asString()).toList();
    }
}
