package io.steward.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Api;
import io.steward.support.CustomerTest;
import io.steward.support.WebSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The practitioner's client book and its filters; referrals; reassignment by the department manager. */
class ClientBookTest extends CustomerTest {

    @Test
    void aged_65_and_minors_are_counted_exactly_from_the_birthday() {
        Registered turnsToday = newCustomer("zhang", today().minusYears(65));
        Registered turnsTomorrow = newCustomer("zhang", today().minusYears(65).plusDays(1));
        Registered adultToday = newCustomer("zhang", today().minusYears(18));
        Registered minorTillTomorrow = newCustomer("zhang", today().minusYears(18).plusDays(1));

        List<String> aged = numbers(as("zhang").get("/api/v1/customers?aged65=true"));
        List<String> minors = numbers(as("zhang").get("/api/v1/customers?minors=true"));

        assertThat(aged).contains(turnsToday.number()).doesNotContain(turnsTomorrow.number());
        assertThat(minors).contains(minorTillTomorrow.number()).doesNotContain(adultToday.number());
    }

    @Test
    void the_filters_for_level_expiry_and_missing_assessments_work_on_the_demo_book() {
        JsonNode all = as("wang").get("/api/v1/customers").json();
        assertThat(all.get("rows").size()).isGreaterThanOrEqualTo(6);

        assertThat(rows(as("wang").get("/api/v1/customers?level=C3"))).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("level").asString()).isEqualTo("C3"));
        assertThat(rows(as("wang").get("/api/v1/customers?level=FAILED"))).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("level").asString()).isEqualTo("FAILED"));
        LocalDate in30 = today().plusDays(30);
        assertThat(rows(as("wang").get("/api/v1/customers?expiring=true"))).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("assessment").asString()).isEqualTo("EXPIRING");
            assertThat(LocalDate.parse(r.get("validThrough").asString())).isBefore(in30);
        });
        assertThat(rows(as("wang").get("/api/v1/customers?noValidAssessment=true"))).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("assessment").asString()).isIn("NONE", "EXPIRED"));
        assertThat(rows(as("wang").get("/api/v1/customers?aged65=true&level=C3"))).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("age").asInt()).isGreaterThanOrEqualTo(65));
    }

    @Test
    void the_client_book_page_filters_live_and_opens_the_customer() {
        WebSession wang = WebSession.signedIn(port, "wang", DEMO_PASSWORD);

        WebSession.Page book = wang.get("/clients?minors=true");

        assertThat(book.status()).isEqualTo(200);
        assertThat(book.body()).contains("hx-get").contains("id=\"clients\"").contains("张子涵");
        java.util.regex.Matcher link = java.util.regex.Pattern
                .compile("href=\"/clients/(C[0-9]{8})\"[^<]*</a></td>\\s*<td>张子涵</td>").matcher(book.body());
        assertThat(link.find()).isTrue();
        String number = link.group(1);
        WebSession.Page customer = wang.get("/clients/" + number);
        assertThat(customer.status()).isEqualTo(200);
        assertThat(customer.body()).contains("张子涵").contains("Legal guardians").contains("verified by wang");
        assertThat(wang.get("/clients/" + number + "/assessments").body()).contains("Co-confirming guardian");
        assertThat(wang.get("/clients/new").status()).isEqualTo(200);
    }

    @Test
    void lobby_staff_refer_a_prospect_and_the_practitioner_accepts_and_registers_the_customer() {
        String prospect = unique("Prospect");
        Api.Response referred = as("lobby").post("/api/v1/referrals", Map.of("prospectName", prospect,
                "phone", "13711112222", "note", "Interested in a pension plan.", "practitioner", "wang"));
        assertThat(referred.status()).isEqualTo(201);
        long id = referred.json().get("id").asLong();
        assertThat(referred.json().get("maskedPhone").asString()).isEqualTo("137****2222");
        assertThat(as("wang").get("/api/v1/referrals").json().get("toHandle").valueStream()
                .map(r -> r.get("id").asLong())).contains(id);
        assertThat(jdbc.sql("select count(*) from customer_task where dedup_key = ? and status = 'OPEN'")
                .param("referral:" + id).query(Long.class).single()).isEqualTo(1);
        assertThat(as("li").post("/api/v1/referrals/" + id + "/acceptance", Map.of("customer",
                io.steward.support.Clients.body(prospect, Gender.MALE, today().minusYears(50)))).status())
                .as("addressed to wang").isEqualTo(404);

        Api.Response accepted = as("wang").post("/api/v1/referrals/" + id + "/acceptance", Map.of("customer",
                io.steward.support.Clients.body(prospect, Gender.MALE, today().minusYears(50))));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        String number = accepted.json().get("customerNumber").asString();
        assertThat(as("wang").get("/api/v1/customers/" + number).json().get("fullName").asString()).isEqualTo(prospect);
        JsonNode made = as("lobby").get("/api/v1/referrals").json().get("made").valueStream()
                .filter(r -> r.get("id").asLong() == id).findFirst().orElseThrow();
        assertThat(made.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(made.has("customerNumber")).as("the referrer learns no more than the outcome").isFalse();
        assertThat(as("lobby").get("/api/v1/customers/" + number).status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from customer_task where dedup_key = ? and status = 'OPEN'")
                .param("referral:" + id).query(Long.class).single()).isZero();
        assertThat(as("wang").post("/api/v1/referrals/" + id + "/decline", Map.of("reason", "late")).status())
                .isEqualTo(409);
    }

    @Test
    void a_practitioner_whose_certificate_lapsed_may_refer_but_nobody_refers_to_an_uncertified_practitioner() {
        Api.Response toLi = as("liu").post("/api/v1/referrals", Map.of("prospectName", unique("P"),
                "phone", "13711113333", "practitioner", "li"));
        assertThat(toLi.status()).isEqualTo(201);
        Api.Response toLiu = as("assistant").post("/api/v1/referrals", Map.of("prospectName", unique("P"),
                "phone", "13711113333", "practitioner", "liu"));
        assertThat(toLiu.status()).isEqualTo(422);
        assertThat(toLiu.json().get("ruleIds").get(0).asString()).isEqualTo("QUAL-1");

        Api.Response declined = as("li").post("/api/v1/referrals/" + toLi.json().get("id").asLong() + "/decline",
                Map.of("reason", "Customer is served by another bank branch."));
        assertThat(declined.json().get("status").asString()).isEqualTo("DECLINED");
        assertThat(as("admin").post("/api/v1/referrals", Map.of("prospectName", "x", "phone", "13711113333",
                "practitioner", "li")).status()).isEqualTo(403);
    }

    @Test
    void a_department_manager_reassigns_a_customer_within_the_team_with_a_reason_and_it_is_audited() {
        Registered customer = newCustomer("wang", today().minusYears(45));

        Api.Response noReason = as("manager").put("/api/v1/customers/" + customer.number() + "/practitioner",
                Map.of("practitioner", "li"));
        assertThat(noReason.status()).isEqualTo(400);
        Api.Response outside = as("manager").put("/api/v1/customers/" + customer.number() + "/practitioner",
                Map.of("practitioner", "zhang", "reason", "Moves to Beijing"));
        assertThat(outside.json().get("type").asString()).isEqualTo("urn:steward:problem:reassign-outside-team");
        Api.Response lapsed = as("manager").put("/api/v1/customers/" + customer.number() + "/practitioner",
                Map.of("practitioner", "liu", "reason", "Holiday cover"));
        assertThat(lapsed.status()).isEqualTo(422);
        assertThat(as("wang").put("/api/v1/customers/" + customer.number() + "/practitioner",
                Map.of("practitioner", "li", "reason", "Mine to give")).status()).isEqualTo(403);

        Api.Response moved = as("manager").put("/api/v1/customers/" + customer.number() + "/practitioner",
                Map.of("practitioner", "li", "reason", "Wang moves to the corporate desk"));

        assertThat(moved.status()).isEqualTo(200);
        assertThat(as("li").get("/api/v1/customers/" + customer.number()).json().get("view").asString()).isEqualTo("FULL");
        assertThat(as("wang").get("/api/v1/customers/" + customer.number()).status()).isEqualTo(404);
        String details = jdbc.sql("select details from audit_event where event_type = 'CUSTOMER_REASSIGNED' and subject_id = ?")
                .param(customer.number()).query(String.class).single();
        assertThat(details).contains("\"from\":\"wang\"").contains("\"to\":\"li\"").contains("corporate desk");
        assertThat(as("manager").get("/api/v1/team-customers").json().valueStream()
                .filter(a -> a.get("number").asString().equals(customer.number())))
                .singleElement().satisfies(a -> assertThat(a.get("maskedName").asString()).endsWith("*"));
        assertThat(as("manager").get("/api/v1/customers/" + customer.number()).status())
                .as("the manager reassigns, but does not read the record").isEqualTo(404);
    }

    private List<JsonNode> rows(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("rows").valueStream().toList();
    }

    private List<String> numbers(Api.Response response) {
        return rows(response).stream().map(r -> r.get("number").asString()).toList();
    }
}
