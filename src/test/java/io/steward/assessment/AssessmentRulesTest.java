package io.steward.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.customer.Gender;
import io.steward.support.Api;
import io.steward.support.CustomerDevice;
import io.steward.support.CustomerTest;
import io.steward.support.WebSession;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** ASSESS-1, ASSESS-3 and ASSESS-4 through the API and the customer channel, with the clock moved by hand. */
class AssessmentRulesTest extends CustomerTest {

    @Autowired
    AssessmentLookup lookup;

    @Autowired
    AssessmentReview review;

    @Autowired
    LegacyAssessments legacy;

    @Test
    void an_assessment_takes_effect_only_when_the_customer_confirms_it_on_the_channel() {
        Registered customer = newCustomer("wang", today().minusYears(45));
        JsonNode started = startAssessment("wang", customer.number(), "REMOTE");

        assertThat(assessmentStatus(started.get("assessmentId").asLong())).isEqualTo("STARTED");
        assertThat(as("wang").get("/api/v1/customers/" + customer.number() + "/assessments/current").status())
                .isEqualTo(404);
        answerOnChannel(CustomerDevice.at(port, "10.2.0.1"), smsTo(customer.phone(),
                started.get("confirmationRequestId").asLong()), "C2");

        JsonNode current = as("wang").get("/api/v1/customers/" + customer.number() + "/assessments/current").json();
        assertThat(current.get("level").asString()).isEqualTo("C2");
        assertThat(current.get("effectiveOn").asString()).isEqualTo(today().toString());
        assertThat(current.get("validThrough").asString()).isEqualTo(today().plusDays(364).toString());
        assertThat(auditEvents("ASSESSMENT_EFFECTIVE", customer.number())).isEqualTo(1);
    }

    @Test
    void an_assessment_confirmed_on_day_E_is_valid_through_E_plus_364_its_365th_day_and_expired_on_E_plus_365_its_366th() {
        Registered customer = newCustomer("wang", today().minusYears(50));
        long id = customerId(customer.number());
        LocalDate e = today().minusDays(400);
        legacy.migrate(id, 1, answers("C3"), e, unique("PAPER-"));

        assertThat(lookup.validOn(id, e.minusDays(1))).as("not before it took effect").isEmpty();
        assertThat(lookup.validOn(id, e)).isPresent();
        assertThat(lookup.validOn(id, e.plusDays(364))).as("day 365 of validity").isPresent();
        assertThat(lookup.validOn(id, e.plusDays(365))).as("day 366: expired").isEmpty();
        assertThat(lookup.latestOn(id, e.plusDays(365))).as("still the latest, but expired").isPresent();
        assertThat(as("wang").get("/api/v1/customers/" + customer.number() + "/assessments/current?on="
                + e.plusDays(364)).status()).isEqualTo(200);
        Api.Response expired = as("wang").get("/api/v1/customers/" + customer.number() + "/assessments/current?on="
                + e.plusDays(365));
        assertThat(expired.status()).isEqualTo(404);
        assertThat(expired.json().get("type").asString()).isEqualTo("urn:steward:problem:no-valid-assessment");
    }

    @Test
    void on_the_channel_a_confirmation_today_is_valid_in_364_days_and_expired_in_365() {
        Registered customer = newCustomer("wang", today().minusYears(50));
        assessed("wang", customer, "C3");

        clock.advance(Duration.ofDays(364));
        assertThat(as("wang").get("/api/v1/customers/" + customer.number() + "/assessments/current").status())
                .isEqualTo(200);
        clock.advance(Duration.ofDays(1));
        assertThat(as("wang").get("/api/v1/customers/" + customer.number() + "/assessments/current").status())
                .isEqualTo(404);
        assertThat(as("wang").get("/api/v1/customers?noValidAssessment=true").json().get("rows").valueStream()
                .map(row -> row.get("number").asString())).contains(customer.number());
    }

    @Test
    void a_repeat_assessment_within_30_days_waits_for_review_and_a_rise_in_level_is_marked() {
        Registered customer = newCustomer("wang", today().minusYears(45));
        long first = assessed("wang", customer, "C2");
        clock.advance(Duration.ofDays(30));

        long second = assessed("wang", customer, "C4");

        assertThat(assessmentStatus(first)).isEqualTo("EFFECTIVE");
        assertThat(assessmentStatus(second)).isEqualTo("AWAITING_REVIEW");
        assertThat(lookup.validOn(customerId(customer.number()), today()).orElseThrow().level().name())
                .as("the earlier level stays in force meanwhile").isEqualTo("C2");
        JsonNode item = queueItem("compliance", second);
        assertThat(item.get("levelRise").asBoolean()).isTrue();
        assertThat(item.get("previousLevel").asString()).isEqualTo("C2");
        assertThat(item.get("newLevel").asString()).isEqualTo("C4");
        assertThat(item.get("triggers").valueStream().map(JsonNode::asString)).containsExactly("REPEAT_ASSESSMENT");
        assertThat(item.get("maskedName").asString()).endsWith("*");
        assertThat(item.toString()).doesNotContain(customer.identityNumber()).doesNotContain(customer.phone());
        WebSession.Page page = WebSession.signedIn(port, "compliance", DEMO_PASSWORD).get("/reviews/assessments");
        assertThat(page.body()).contains("LEVEL RISES: C2 → C4");
    }

    @Test
    void a_repeat_assessment_31_days_later_takes_effect_directly_and_supersedes_the_earlier_one() {
        Registered customer = newCustomer("wang", today().minusYears(45));
        long first = assessed("wang", customer, "C2");
        clock.advance(Duration.ofDays(31));

        long second = assessed("wang", customer, "C3");

        assertThat(assessmentStatus(second)).isEqualTo("EFFECTIVE");
        assertThat(assessmentStatus(first)).isEqualTo("SUPERSEDED");
        assertThat(lookup.validOn(customerId(customer.number()), today()).orElseThrow().level().name()).isEqualTo("C3");
    }

    @Test
    void compliance_approves_a_reviewed_assessment_with_a_reason_and_it_takes_effect_that_day() {
        Registered customer = newCustomer("wang", today().minusYears(45));
        long first = assessed("wang", customer, "C2");
        clock.advance(Duration.ofDays(3));
        long second = assessed("wang", customer, "C3");

        assertThat(as("compliance").post("/api/v1/assessment-reviews/" + second + "/approval", Map.of("reason", " "))
                .status()).as("a decision needs a reason").isEqualTo(400);
        assertThat(as("compliance").post("/api/v1/assessment-reviews/" + second + "/approval",
                Map.of("reason", "Customer's income changed: new employment contract seen.")).status()).isEqualTo(204);

        assertThat(assessmentStatus(second)).isEqualTo("EFFECTIVE");
        assertThat(assessmentStatus(first)).isEqualTo("SUPERSEDED");
        EffectiveAssessment current = lookup.validOn(customerId(customer.number()), today()).orElseThrow();
        assertThat(current.level().name()).isEqualTo("C3");
        assertThat(current.effectiveOn()).isEqualTo(today());
        assertThat(auditEvents("ASSESSMENT_REVIEW_APPROVED", customer.number())).isEqualTo(1);
        assertThat(as("compliance").post("/api/v1/assessment-reviews/" + second + "/approval",
                Map.of("reason", "again")).status()).as("decided once").isEqualTo(409);
    }

    @Test
    void a_head_of_retail_above_the_customers_branch_may_reject_one_outside_her_subtree_may_not() {
        Registered customer = newCustomer("wang", today().minusYears(45));
        assessed("wang", customer, "C2");
        clock.advance(Duration.ofDays(10));
        long second = assessed("wang", customer, "C5");

        assertThat(as("head.bj").get("/api/v1/assessment-reviews").json().valueStream()
                .filter(i -> i.get("assessmentId").asLong() == second)).as("Beijing does not see Pudong").isEmpty();
        assertThat(as("head.bj").post("/api/v1/assessment-reviews/" + second + "/rejection",
                Map.of("reason", "no")).status()).isEqualTo(404);
        assertThat(as("wang").post("/api/v1/assessment-reviews/" + second + "/rejection",
                Map.of("reason", "no")).status()).isEqualTo(403);
        assertThat(queueItem("head.sh", second)).isNotNull();
        assertThat(as("head.sh").post("/api/v1/assessment-reviews/" + second + "/rejection",
                Map.of("reason", "Three levels up in ten days after a product was refused: looks induced.")).status())
                .isEqualTo(204);

        assertThat(assessmentStatus(second)).isEqualTo("REJECTED");
        assertThat(lookup.validOn(customerId(customer.number()), today()).orElseThrow().level().name()).isEqualTo("C2");
        assertThat(auditEvents("ASSESSMENT_REVIEW_REJECTED", customer.number())).isEqualTo(1);
    }

    @Test
    void nobody_reviews_an_assessment_they_started_themselves() {
        String both = unique("pr");
        assertThat(as("admin").post("/api/v1/staff", Map.of("username", both, "fullName", "Practitioner and Head",
                "institutionCode", "SB-SH-PD", "roles", java.util.List.of("PRACTITIONER", "RETAIL_HEAD"),
                "password", DEMO_PASSWORD)).status()).isEqualTo(201);
        assertThat(as("admin").post("/api/v1/staff/" + both + "/certificates", Map.of("number", unique("CMB-").toUpperCase(),
                "issuedOn", today().minusYears(1).toString(), "expiresOn", today().plusYears(1).toString())).status())
                .isEqualTo(201);
        Registered customer = newCustomer(both, today().minusYears(45));
        assessed(both, customer, "C2");
        long second = assessed(both, customer, "C4");

        Api.Response own = as(both).post("/api/v1/assessment-reviews/" + second + "/approval",
                Map.of("reason", "Looks fine to me"));

        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().get("type").asString()).isEqualTo("urn:steward:problem:review-own-assessment");
        assertThat(assessmentStatus(second)).isEqualTo("AWAITING_REVIEW");
    }

    @Test
    void a_reviewer_decides_on_the_review_page_and_a_decision_without_a_reason_is_refused() {
        Registered customer = newCustomer("wang", today().minusYears(45));
        assessed("wang", customer, "C2");
        long second = assessed("wang", customer, "C3");
        WebSession head = WebSession.signedIn(port, "head.sh", DEMO_PASSWORD);
        assertThat(head.get("/reviews/assessments").body()).contains("review-" + second);

        assertThat(head.post("/reviews/assessments/" + second, Map.of("decision", "approve", "reason", " ")).body())
                .contains("A review decision needs a reason");
        assertThat(head.post("/reviews/assessments/" + second, Map.of("decision", "approve",
                "reason", "Spoke with the customer; circumstances changed.")).status()).isEqualTo(302);

        assertThat(assessmentStatus(second)).isEqualTo("EFFECTIVE");
    }

    @Test
    void an_assessment_within_7_days_after_a_denied_sale_goes_to_review_and_8_days_after_does_not() {
        Registered within = newCustomer("wang", today().minusYears(45));
        review.noteDeniedSale(customerId(within.number()), today().minusDays(7), unique("SALE-"));
        long reviewed = assessed("wang", within, "C3");
        assertThat(assessmentStatus(reviewed)).isEqualTo("AWAITING_REVIEW");
        assertThat(queueItem("compliance", reviewed).get("triggers").valueStream().map(JsonNode::asString))
                .containsExactly("AFTER_DENIED_SALE");

        Registered after = newCustomer("wang", today().minusYears(46));
        review.noteDeniedSale(customerId(after.number()), today().minusDays(8), unique("SALE-"));
        assertThat(assessmentStatus(assessed("wang", after, "C3"))).isEqualTo("EFFECTIVE");
    }

    @Test
    void the_same_denied_sale_reported_twice_is_recorded_once() {
        Registered customer = newCustomer("wang", today().minusYears(45));
        String reference = unique("SALE-");
        review.noteDeniedSale(customerId(customer.number()), today(), reference);
        review.noteDeniedSale(customerId(customer.number()), today(), reference);

        assertThat(jdbc.sql("select count(*) from denied_sale_attempt where reference = ?").param(reference)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(auditEvents("DENIED_SALE_NOTED", customer.number())).isEqualTo(1);
    }

    @Test
    void a_minors_assessment_is_refused_remotely_and_without_a_verified_guardian() {
        Registered minor = newCustomer("wang", today().minusYears(16));

        Api.Response remote = as("wang").post("/api/v1/customers/" + minor.number() + "/assessments",
                Map.of("location", "REMOTE"));
        assertThat(remote.status()).isEqualTo(422);
        assertThat(remote.json().get("ruleIds").get(0).asString()).isEqualTo("ASSESS-4");
        Api.Response noGuardian = as("wang").post("/api/v1/customers/" + minor.number() + "/assessments",
                Map.of("location", "IN_PERSON"));
        assertThat(noGuardian.status()).isEqualTo(422);
        assertThat(noGuardian.json().get("type").asString()).isEqualTo("urn:steward:problem:minor-assessment-guardian");

        long guardian = addGuardian(minor, "13600136001");
        Api.Response unverified = as("wang").post("/api/v1/customers/" + minor.number() + "/assessments",
                Map.of("location", "IN_PERSON"));
        assertThat(unverified.status()).as("a guardian not yet verified does not count").isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from assessment where customer_number = ?").param(minor.number())
                .query(Long.class).single()).isZero();
        assertThat(guardian).isPositive();
    }

    @Test
    void a_minors_assessment_in_person_is_co_confirmed_by_the_verified_guardian_with_a_code_on_their_own_phone() {
        Registered minor = newCustomer("wang", today().minusYears(16));
        String guardianPhone = "136" + String.format("%08d", Math.abs(minor.number().hashCode()) % 100_000_000);
        long guardian = addGuardian(minor, guardianPhone);
        assertThat(as("wang").put("/api/v1/customers/" + minor.number() + "/guardians/" + guardian + "/scan",
                Map.of()).status()).as("JSON is not a scanned copy").isEqualTo(415);
        attachPdf(minor, guardian);
        assertThat(as("wang").post("/api/v1/customers/" + minor.number() + "/guardians/" + guardian + "/verification",
                Map.of()).status()).isEqualTo(200);

        JsonNode started = startAssessment("wang", minor.number(), "IN_PERSON");
        assertThat(started.get("guardianSentTo").asString()).startsWith(guardianPhone.substring(0, 3) + "****");
        long requestId = started.get("confirmationRequestId").asLong();
        Sms customerSms = smsTo(minor.phone(), requestId);
        Sms guardianSms = smsTo(guardianPhone, requestId);
        assertThat(guardianSms.code()).isNotEqualTo(customerSms.code());
        CustomerDevice tablet = CustomerDevice.at(port, "10.3.0.1");
        tablet.get("/c/" + customerSms.token());
        tablet.get("/c/" + customerSms.token() + "/sections/about");
        tablet.get("/c/" + customerSms.token() + "/sections/guardian");

        WebSession.Page withoutGuardian = tablet.post("/c/" + customerSms.token(), assessmentForm("C2", customerSms.code()));
        assertThat(withoutGuardian.status()).isEqualTo(400);
        assertThat(withoutGuardian.body()).contains("Enter the code sent to the guardian");
        Map<String, String> wrongGuardianCode = new java.util.HashMap<>(assessmentForm("C2", customerSms.code()));
        wrongGuardianCode.put("secondPartyCode", customerSms.code());
        wrongGuardianCode.put("secondPartyAgrees", "true");
        assertThat(tablet.post("/c/" + customerSms.token(), wrongGuardianCode).body()).contains("The code is wrong");
        Map<String, String> together = new java.util.HashMap<>(wrongGuardianCode);
        together.put("secondPartyCode", guardianSms.code());
        WebSession.Page done = tablet.post("/c/" + customerSms.token(), together);

        assertThat(done.status()).as(done.body()).isEqualTo(200);
        EffectiveAssessment current = lookup.validOn(customerId(minor.number()), today()).orElseThrow();
        assertThat(current.level().name()).isEqualTo("C2");
        assertThat(current.guardianCoConfirmed()).isTrue();
    }

    @Test
    void one_assessment_is_open_at_a_time_and_a_withdrawn_one_cannot_be_confirmed() {
        Registered customer = newCustomer("wang", today().minusYears(45));
        JsonNode first = startAssessment("wang", customer.number(), "REMOTE");

        Api.Response second = as("wang").post("/api/v1/customers/" + customer.number() + "/assessments",
                Map.of("location", "REMOTE"));
        assertThat(second.status()).isEqualTo(409);
        Sms sms = smsTo(customer.phone(), first.get("confirmationRequestId").asLong());
        assertThat(as("wang").post("/api/v1/customers/" + customer.number() + "/assessments/"
                + first.get("assessmentId").asLong() + "/withdrawal", Map.of("reason", "Wrong customer")).status())
                .isEqualTo(204);

        WebSession.Page late = CustomerDevice.at(port, "10.4.0.1").get("/c/" + sms.token());
        assertThat(late.status()).isEqualTo(200);
        assertThat(late.body()).contains("The bank withdrew this request").doesNotContain("answer.INCOME");
        assertThat(assessmentStatus(first.get("assessmentId").asLong())).isEqualTo("CANCELLED");
        assertThat(startAssessment("wang", customer.number(), "REMOTE").get("assessmentId").asLong())
                .isNotEqualTo(first.get("assessmentId").asLong());
    }

    @Test
    void only_the_assigned_practitioner_starts_or_reads_assessments_and_bad_input_is_a_clear_400() {
        Registered customer = newCustomer("wang", today().minusYears(45));

        assertThat(as("li").post("/api/v1/customers/" + customer.number() + "/assessments",
                Map.of("location", "REMOTE")).status()).isEqualTo(404);
        assertThat(as("li").get("/api/v1/customers/" + customer.number() + "/assessments").status()).isEqualTo(404);
        assertThat(as("assistant").get("/api/v1/customers/" + customer.number() + "/assessments").status())
                .as("interview-level detail is not in the low-sensitivity view").isEqualTo(404);
        Api.Response unknown = as("wang").post("/api/v1/customers/" + customer.number() + "/assessments",
                Map.of("location", "ON_THE_MOON"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("type").asString()).isEqualTo("urn:steward:problem:malformed-body");
        assertThat(as("wang").post("/api/v1/customers/" + customer.number() + "/assessments", Map.of()).status())
                .isEqualTo(400);
        assertThat(as("wang").get("/api/v1/customers/" + customer.number() + "/assessments/current?on=2025-02-30")
                .status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from assessment where customer_number = ?").param(customer.number())
                .query(Long.class).single()).isZero();
    }

    @Test
    void the_questionnaire_shows_its_scores_to_compliance_only() {
        String forPractitioner = as("wang").get("/api/v1/questionnaires/current").body();
        String forCompliance = as("compliance").get("/api/v1/questionnaires/current").body();

        assertThat(forPractitioner).contains("INCOME").doesNotContain("score").doesNotContain("disqualifying");
        assertThat(forCompliance).contains("\"score\"").contains("\"disqualifying\":true").contains("\"bands\"");
    }

    private JsonNode queueItem(String reviewer, long assessmentId) {
        return as(reviewer).get("/api/v1/assessment-reviews").json().valueStream()
                .filter(i -> i.get("assessmentId").asLong() == assessmentId).findFirst().orElseThrow();
    }

    private long addGuardian(Registered minor, String phone) {
        Api.Response added = as("wang").post("/api/v1/customers/" + minor.number() + "/guardians", Map.of(
                "fullName", "监护人" + minor.number(), "relationship", "MOTHER", "identityType", "PRC_RESIDENT_ID",
                "identityNumber", io.steward.support.Clients.identity(today().minusYears(40), Gender.FEMALE),
                "phone", phone, "documentType", "HOUSEHOLD_REGISTER", "documentNumber", "HR-" + minor.number()));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    private void attachPdf(Registered minor, long guardian) {
        Api.Response attached = as("wang").putFile("/api/v1/customers/" + minor.number() + "/guardians/"
                + guardian + "/scan", "application/pdf", "%PDF-1.7\nhousehold register\n%%EOF".getBytes());
        assertThat(attached.status()).as(attached.body()).isEqualTo(200);
    }

    private static Map<String, String> answers(String level) {
        Map<String, String> answers = new java.util.HashMap<>();
        for (int i = 0; i < QUESTIONS.size(); i++) {
            answers.put(QUESTIONS.get(i), ANSWERS.get(level).get(i));
        }
        return answers;
    }
}
