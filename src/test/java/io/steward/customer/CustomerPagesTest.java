package io.steward.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Clients;
import io.steward.support.CustomerTest;
import io.steward.support.WebSession;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The forms of the client book pages: a refused form comes back with its message and what was typed. */
class CustomerPagesTest extends CustomerTest {

    @Test
    void a_refused_new_customer_form_comes_back_with_the_reason_and_what_was_typed() {
        WebSession wang = WebSession.signedIn(port, "wang", DEMO_PASSWORD);
        wang.get("/clients/new");
        Map<String, String> form = strings(Clients.body(unique("Form"), Gender.MALE, today().minusYears(30)));
        form.put("identityNumber", form.get("identityNumber").substring(0, 17)
                + (form.get("identityNumber").charAt(17) == '3' ? "4" : "3"));

        WebSession.Page refused = wang.post("/clients", form);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("check character does not match").contains(form.get("fullName"))
                .contains(form.get("phone"));
        assertThat(jdbc.sql("select count(*) from customer where full_name = ?").param(form.get("fullName"))
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_practitioner_records_funds_and_interviews_from_the_customer_page() {
        Registered customer = newCustomer("wang", today().minusYears(40));
        WebSession wang = WebSession.signedIn(port, "wang", DEMO_PASSWORD);
        wang.get("/clients/" + customer.number());

        WebSession.Page past = wang.post("/clients/" + customer.number() + "/funds", Map.of("amount", "1000",
                "currency", "CNY", "purpose", "EDUCATION", "neededBackOn", today().minusDays(3).toString()));
        assertThat(past.body()).contains("must be after today");
        WebSession.Page saved = wang.post("/clients/" + customer.number() + "/funds", Map.of("amount", "1000",
                "currency", "CNY", "purpose", "EDUCATION", "neededBackOn", today().plusDays(400).toString()));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(wang.get("/clients/" + customer.number()).body()).contains("Saved: " + customer.number());
        Map<String, String> interview = new HashMap<>(Map.of("heldOn", today().toString(),
                "financialSituation", "Stable.", "investmentObjectives", "Growth.", "productsConsidered",
                "An R3 fund with no risk at all.", "reasonsNotBought", "Thinking.", "unmetNeeds", "None.",
                "familySituation", "Single."));
        WebSession.Page recorded = wang.post("/clients/" + customer.number() + "/interviews", interview);
        assertThat(recorded.status()).isEqualTo(302);

        WebSession.Page page = wang.get("/clients/" + customer.number());
        assertThat(page.body()).contains("Education").contains("1,000.00").contains("flagged for Compliance")
                .contains("interview-flagged");
        assertThat(WebSession.signedIn(port, "compliance", DEMO_PASSWORD).get("/compliance/interview-flags").body())
                .contains(customer.number()).contains("no risk");
    }

    @Test
    void the_pages_speak_simplified_chinese() {
        WebSession wang = WebSession.signedIn(port, "wang", DEMO_PASSWORD);

        assertThat(wang.get("/clients?lang=zh-CN").body()).contains("客户名册").contains("评估30天内到期");
        assertThat(wang.get("/referrals").body()).contains("转介客户");
        assertThat(WebSession.signedIn(port, "compliance", DEMO_PASSWORD).get("/reviews/assessments?lang=zh-CN").body())
                .contains("风险评估复核");
    }

    @Test
    void every_page_of_the_issue_opens_for_its_roles_and_not_for_others() {
        WebSession compliance = WebSession.signedIn(port, "compliance", DEMO_PASSWORD);
        assertThat(compliance.get("/reviews/assessments").status()).isEqualTo(200);
        assertThat(compliance.get("/compliance/interview-flags").status()).isEqualTo(200);
        assertThat(compliance.get("/compliance/proxy-confirmations").status()).isEqualTo(200);
        assertThat(compliance.get("/clients").status()).isEqualTo(403);
        WebSession manager = WebSession.signedIn(port, "manager", DEMO_PASSWORD);
        assertThat(manager.get("/team/clients").status()).isEqualTo(200);
        assertThat(manager.get("/team/clients").body()).contains("王*");
        WebSession lobby = WebSession.signedIn(port, "lobby", DEMO_PASSWORD);
        assertThat(lobby.get("/referrals").status()).isEqualTo(200);
        assertThat(lobby.get("/clients").status()).isEqualTo(403);
        assertThat(lobby.get("/").body()).contains("/referrals").doesNotContain("/clients/new");
        WebSession headSh = WebSession.signedIn(port, "head.sh", DEMO_PASSWORD);
        assertThat(headSh.get("/reviews/assessments").status()).isEqualTo(200);
        assertThat(WebSession.open(port).get("/clients").status()).as("to the sign-in page").isEqualTo(302);
    }

    @Test
    void a_practitioner_accepts_a_referral_from_the_inbox_page_with_the_prospect_filled_in() {
        String prospect = unique("Walkin");
        long id = as("lobby").post("/api/v1/referrals", Map.of("prospectName", prospect, "phone", "13722223333",
                "practitioner", "wang")).json().get("id").asLong();
        WebSession wang = WebSession.signedIn(port, "wang", DEMO_PASSWORD);
        assertThat(wang.get("/referrals").body()).contains(prospect).contains("accept-" + id);

        WebSession.Page form = wang.get("/clients/new?referral=" + id);
        assertThat(form.body()).contains("value=\"" + prospect + "\"").contains("13722223333")
                .contains("name=\"referral\"");
        Map<String, String> customer = strings(Clients.body(prospect, Gender.FEMALE, today().minusYears(33)));
        customer.put("phone", "13722223333");
        customer.put("referral", String.valueOf(id));
        WebSession.Page created = wang.post("/clients", customer);

        assertThat(created.status()).isEqualTo(302);
        assertThat(jdbc.sql("select status from referral where id = ?").param(id).query(String.class).single())
                .isEqualTo("ACCEPTED");
        assertThat(as("wang").get("/api/v1/customers/" + created.header("Location").replaceAll(".*/clients/", ""))
                .json().get("phone").asString()).isEqualTo("13722223333");
    }

    @Test
    void the_openapi_description_lists_the_client_book_assessment_and_review_endpoints() {
        String docs = anonymous().get("/v3/api-docs").body();

        assertThat(docs).contains("/api/v1/customers/{number}").contains("/api/v1/customers/{number}/assessments")
                .contains("/api/v1/assessment-reviews").contains("/api/v1/referrals")
                .contains("/api/v1/questionnaires/current").contains("/api/v1/proxy-confirmations");
    }

    private static Map<String, String> strings(Map<String, Object> body) {
        Map<String, String> form = new HashMap<>();
        body.forEach((key, value) -> form.put(key, String.valueOf(value)));
        return form;
    }
}
