package io.steward.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Api;
import io.steward.support.SalesTest;
import io.steward.support.WebSession;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The sales case over the API, against the real database and the real customer channel (issue 5's scenarios). */
class SalesCaseTest extends SalesTest {

    @Test
    void an_ordinary_sale_of_an_r2_product_to_a_c3_customer_is_released_to_core_banking() {
        Registered customer = customerAged(40, "C3");
        String product = productOnShelf("R2", 90, 0);
        String number = opened(customer, product, generalFund(customer), false);

        customerConfirmed(number, customer, product, "R2");
        assertThat(state(number)).isEqualTo("READY");
        Api.Response submitted = submit(number);

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        JsonNode sale = submitted.json();
        assertThat(sale.get("state").asString()).isEqualTo("RELEASED");
        assertThat(sale.get("applicationFormSha256").asString()).hasSize(64);
        assertThat(sale.get("delivery").get("status").asString()).isEqualTo("PENDING");
        assertThat(as("wang").get("/api/v1/sales/" + number + "/application-form").body()).startsWith("%PDF-");
        assertThat(as("wang").get("/api/v1/sales?state=RELEASED").json().valueStream()
                .map(c -> c.get("number").asString())).contains(number);
        assertThat(as("wang").get("/api/v1/sales?state=AWAITING_CUSTOMER").json().valueStream()
                .map(c -> c.get("number").asString())).doesNotContain(number);
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = ? and event_type = 'SALE_SUBMITTED'")
                .param(number).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_timeline_names_every_move_from_opening_through_submission_to_release() {
        Registered customer = customerAged(40, "C3");
        String product = productOnShelf("R2", 90, 0);
        String number = opened(customer, product, generalFund(customer), false);
        customerConfirmed(number, customer, product, "R2");

        submit(number);

        assertThat(timeline(number)).containsExactly("OPENED -> AWAITING_CUSTOMER", "CUSTOMER_CONFIRMED AWAITING_CUSTOMER -> READY",
                "SUBMITTED READY -> SUBMITTED", "RELEASED SUBMITTED -> RELEASED");
        assertThat(jdbc.sql("select event_type from audit_event where subject_id = ? and event_type like 'SALE_%' order by seq")
                .param(number).query(String.class).list())
                .containsExactly("SALE_OPENED", "SALE_CUSTOMER_CONFIRMED", "SALE_SUBMITTED", "SALE_RELEASED");
    }

    @Test
    void a_cooling_off_sale_is_submitted_then_held_and_the_customer_is_sent_the_link_to_cancel() {
        Registered customer = customerAged(40, "C4");
        String product = productOnShelf("R4", 90, 24);
        String number = opened(customer, product, generalFund(customer), false);
        customerConfirmed(number, customer, product, "R4");

        submit(number);
        clock.advance(Duration.ofHours(25));
        releaseEndedCoolingOff();

        assertThat(timeline(number)).containsExactly("OPENED -> AWAITING_CUSTOMER", "CUSTOMER_CONFIRMED AWAITING_CUSTOMER -> READY",
                "SUBMITTED READY -> SUBMITTED", "COOLING_OFF_STARTED SUBMITTED -> COOLING_OFF",
                "CANCELLATION_LINK_SENT COOLING_OFF -> COOLING_OFF", "RELEASED COOLING_OFF -> RELEASED");
    }

    @Test
    void an_r4_product_with_24_hours_of_cooling_off_is_cancelled_inside_it_and_released_after_it() {
        Registered customer = customerAged(40, "C4");
        String product = productOnShelf("R4", 90, 24);
        long fund = generalFund(customer);

        String cancelled = opened(customer, product, fund, false);
        customerConfirmed(cancelled, customer, product, "R4");
        assertThat(submit(cancelled).json().get("state").asString()).isEqualTo("COOLING_OFF");
        clock.advance(Duration.ofHours(23));
        long cancellation = confirmationRequest(cancelled, "cancellation_request");
        io.steward.support.CustomerDevice phone = io.steward.support.CustomerDevice.at(port, "10.88.0.1");
        phone.get("/c/" + smsTo(customer.phone(), cancellation).token());
        phone.post("/c/" + smsTo(customer.phone(), cancellation).token() + "/code", Map.of()); // the first code has expired
        Sms link = smsTo(customer.phone(), cancellation);
        phone.get("/c/" + link.token() + "/sections/CANCELLATION");
        WebSession.Page cancelledByCustomer = phone.post("/c/" + link.token(), Map.of("code", link.code()));
        assertThat(cancelledByCustomer.status()).as(cancelledByCustomer.body()).isEqualTo(200);
        JsonNode afterCancel = sale(cancelled);
        assertThat(afterCancel.get("state").asString()).isEqualTo("CANCELLED");
        assertThat(afterCancel.get("cancelledBy").asString()).isEqualTo("customer");

        clock.reset();
        String released = opened(customer, product, fund, false);
        customerConfirmed(released, customer, product, "R4");
        assertThat(submit(released).json().get("state").asString()).isEqualTo("COOLING_OFF");
        clock.advance(Duration.ofHours(23).plusMinutes(59));
        assertThat(releaseEndedCoolingOff()).isZero();
        assertThat(state(released)).isEqualTo("COOLING_OFF");
        clock.advance(Duration.ofMinutes(2));
        assertThat(releaseEndedCoolingOff()).isGreaterThanOrEqualTo(1);
        assertThat(state(released)).isEqualTo("RELEASED");
        assertThat(state(cancelled)).isEqualTo("CANCELLED");
    }

    @Test
    void a_70_year_old_buys_r3_with_a_witness_and_a_recording() {
        Registered elder = customerAged(70, "C3");
        String product = productOnShelf("R3", 180, 0);
        String number = opened(elder, product, generalFund(elder), false);
        assertThat(sale(number).get("conditions").valueStream().map(JsonNode::asString))
                .contains("WITNESS", "SECOND_RISK_WARNING", "DUAL_RECORDING");

        customerConfirmed(number, elder, product, "R3");
        assertThat(state(number)).isEqualTo("AWAITING_WITNESS");
        assertThat(witness("head.bj", number).status()).as("a retail head of another branch").isEqualTo(404);
        assertThat(as("head.sh").post("/api/v1/sales/" + number + "/witness", Map.of("password", "wrong-password",
                "secondRiskWarningGiven", true, "intentConfirmed", true)).status()).isEqualTo(403);
        assertThat(as("head.sh").post("/api/v1/sales/" + number + "/witness", Map.of("password", DEMO_PASSWORD,
                "secondRiskWarningGiven", false, "intentConfirmed", true)).status()).isEqualTo(400);
        assertThat(witness("head.sh", number).json().get("state").asString()).isEqualTo("AWAITING_EVIDENCE");
        assertThat(submit(number).status()).isEqualTo(409);
        assertThat(attachRecording(number).json().get("state").asString()).isEqualTo("READY");

        JsonNode released = submit(number).json();
        assertThat(released.get("state").asString()).isEqualTo("RELEASED");
        assertThat(released.get("witness").asString()).isEqualTo("head.sh");
        assertThat(released.get("evidence").get(0).get("sha256").asString()).hasSize(64);
    }

    @Test
    void a_70_year_old_cannot_buy_r4_and_cannot_ask_for_a_product_above_their_level() {
        Registered elder = customerAged(70, "C5");
        long fund = generalFund(elder);

        JsonNode r4 = open(elder, productOnShelf("R4", 90, 0), fund, false, "BRANCH").json();
        assertThat(r4.get("state").asString()).isEqualTo("DENIED");
        assertThat(denials(r4.get("openingDecision"))).contains("ELDER-1");

        Registered c2Elder = customerAged(70, "C2");
        JsonNode above = open(c2Elder, productOnShelf("R3", 90, 0), generalFund(c2Elder), true, "BRANCH").json();
        assertThat(above.get("state").asString()).isEqualTo("DENIED");
        assertThat(denials(above.get("openingDecision"))).contains("MATCH-2");
    }

    @Test
    void a_45_year_old_c2_who_asks_for_r3_buys_it_with_a_special_statement_and_a_witness() {
        Registered customer = customerAged(45, "C2");
        String product = productOnShelf("R3", 90, 0);
        long fund = generalFund(customer);

        JsonNode proposed = open(customer, product, fund, false, "BRANCH").json();
        assertThat(proposed.get("state").asString()).as("the practitioner may not propose it").isEqualTo("DENIED");
        assertThat(denials(proposed.get("openingDecision"))).contains("MATCH-1");

        String number = opened(customer, product, fund, true);
        assertThat(sale(number).get("conditions").valueStream().map(JsonNode::asString))
                .contains("SPECIAL_STATEMENT", "RISK_REITERATION", "WITNESS");
        WebSession.Page withoutStatement = customerConfirms(number, customer, product, "R3", null, null);
        assertThat(withoutStatement.status()).isEqualTo(400);
        WebSession.Page confirmed = customerConfirms(number, customer, product, "R3",
                "I want this product for the long run and accept that I may lose money.", null);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(witness("head.sh", number).status()).isEqualTo(200);
        attachRecording(number);

        assertThat(submit(number).json().get("state").asString()).isEqualTo("RELEASED");
    }

    @Test
    void a_16_year_old_with_a_verified_guardian_buys_at_the_branch_but_not_remotely() {
        Registered minor = customerAged(16, null);
        String guardianPhone = "137" + String.format("%08d", Math.abs(minor.number().hashCode()) % 100_000_000);
        verifiedGuardian(minor, guardianPhone);
        assessedWithGuardian(minor, guardianPhone, "C2");
        String product = productOnShelf("R2", 90, 0);
        long fund = generalFund(minor);

        JsonNode remote = open(minor, product, fund, false, "REMOTE").json();
        assertThat(remote.get("state").asString()).isEqualTo("DENIED");
        assertThat(denials(remote.get("openingDecision"))).contains("MINOR-1");

        String number = opened(minor, product, fund, false);
        assertThat(sale(number).get("conditions").valueStream().map(JsonNode::asString)).contains("GUARDIAN_PRESENT");
        WebSession.Page together = customerConfirms(number, minor, product, "R2", null, guardianPhone);
        assertThat(together.status()).as(together.body()).isEqualTo(200);

        assertThat(submit(number).json().get("state").asString()).isEqualTo("RELEASED");
    }

    @Test
    void earmarked_short_term_and_failed_cases_are_denied_with_their_rule() {
        Registered customer = customerAged(40, "C5");
        String r4 = productOnShelf("R4", 90, 0);
        JsonNode pension = open(customer, r4, fund(customer, "PENSION", "300000.00", today().plusYears(10)), false, "BRANCH").json();
        assertThat(denials(pension.get("openingDecision"))).containsExactly("FUND-2");

        String yearLong = productOnShelf("R2", 365, 0);
        JsonNode shortMoney = open(customer, yearLong, fund(customer, "GENERAL", "200000.00", today().plusDays(90)), false,
                "BRANCH").json();
        assertThat(denials(shortMoney.get("openingDecision"))).containsExactly("FUND-1");

        Registered failed = customerAged(40, "FAILED");
        JsonNode refused = open(failed, productOnShelf("R1", 0, 0), generalFund(failed), false, "BRANCH").json();
        assertThat(refused.get("state").asString()).isEqualTo("DENIED");
        assertThat(denials(refused.get("openingDecision"))).contains("ASSESS-2");
    }

    @Test
    void a_practitioner_whose_certificate_expired_is_refused_with_qual_1_and_nothing_is_recorded() {
        Registered customer = customerAged(40, "C3");
        long cases = jdbc.sql("select count(*) from sales_case").query(Long.class).single();

        Api.Response refused = as("liu").post("/api/v1/sales", Map.of("customerNumber", customer.number(),
                "productCode", productOnShelf("R2", 90, 0), "fundId", generalFund(customer), "amount", "100000.00",
                "customerInitiated", false, "channel", "BRANCH"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("ruleIds").get(0).asString()).isEqualTo("QUAL-1");
        assertThat(jdbc.sql("select count(*) from sales_case").query(Long.class).single()).isEqualTo(cases);
    }

    @Test
    void an_assessment_that_expires_between_opening_and_submission_denies_the_submission_with_assess_1() {
        Registered customer = customerAged(40, "C3");
        String product = productOnShelf("R2", 30, 0);
        String number = opened(customer, product, fund(customer, "GENERAL", "500000.00", today().plusYears(3)), false);
        customerConfirmed(number, customer, product, "R2");

        // effective today, valid through day 364, expired on day 365 (wang's certificate still runs through day 365)
        clock.advance(Duration.ofDays(365));
        Api.Response denied = submit(number);

        assertThat(denied.status()).isEqualTo(422);
        assertThat(denied.json().get("ruleIds").valueStream().map(JsonNode::asString)).contains("ASSESS-1");
        assertThat(denied.json().get("type").asString()).isEqualTo("urn:steward:problem:sale-denied-at-submission");
        assertThat(denied.json().get("detail").asString()).contains("(ASSESS-1");
        clock.reset();
        JsonNode sale = sale(number);
        assertThat(sale.get("state").asString()).isEqualTo("DENIED");
        assertThat(denials(sale.get("submissionDecision"))).contains("ASSESS-1");
    }

    @Test
    void a_stored_decision_replays_the_same_and_an_altered_one_differently() {
        Registered customer = customerAged(40, "C3");
        String number = opened(customer, productOnShelf("R2", 90, 0), generalFund(customer), false);
        long decision = sale(number).get("openingDecisionId").asLong();

        JsonNode same = as("compliance").post("/api/v1/suitability/replay/" + decision, "{}").json();
        assertThat(same.get("same").asBoolean()).isTrue();
        assertThat(as("wang").post("/api/v1/suitability/replay/" + decision, "{}").status()).isEqualTo(403);

        jdbc.sql("set session_replication_role = replica").update();
        try {
            jdbc.sql("update suitability_decision set input = replace(input, '\"customerInitiated\":false', "
                    + "'\"customerInitiated\":true') where id = ?").param(decision).update();
            jdbc.sql("update suitability_decision set input = replace(input, '\"riskLevel\":\"R2\"', '\"riskLevel\":\"R5\"') "
                    + "where id = ?").param(decision).update();
        } finally {
            jdbc.sql("set session_replication_role = origin").update();
        }
        JsonNode different = as("compliance").post("/api/v1/suitability/replay/" + decision, "{}").json();
        assertThat(different.get("same").asBoolean()).isFalse();
        assertThat(ruleIds(different.get("replayed"))).contains("MATCH-1");
    }

    @Test
    void the_database_keeps_decisions_as_taken() {
        Registered customer = customerAged(40, "C3");
        String number = opened(customer, productOnShelf("R2", 90, 0), generalFund(customer), false);
        long decision = sale(number).get("openingDecisionId").asLong();

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                jdbc.sql("update suitability_decision set outcome = 'DENIED' where id = ?").param(decision).update())
                .hasMessageContaining("kept as taken");
    }

    @Test
    void two_submissions_at_once_give_one_winner_and_a_409() throws Exception {
        Registered customer = customerAged(40, "C3");
        String product = productOnShelf("R2", 90, 0);
        String number = opened(customer, product, generalFund(customer), false);
        customerConfirmed(number, customer, product, "R2");

        java.util.List<Integer> statuses = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        try (java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<?>> both = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(pool.submit(() -> {
                    start.await();
                    statuses.add(submit(number).status());
                    return null;
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<?> call : both) {
                call.get();
            }
        }

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(state(number)).isEqualTo("RELEASED");
        assertThat(jdbc.sql("select count(*) from core_banking_order o join sales_case c on c.id = o.case_id where c.number = ?")
                .param(number).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_same_opening_repeated_with_one_idempotency_key_has_one_effect() {
        Registered customer = customerAged(40, "C3");
        Map<String, Object> body = Map.of("customerNumber", customer.number(), "productCode", productOnShelf("R2", 90, 0),
                "fundId", generalFund(customer), "amount", "100000.00", "customerInitiated", false, "channel", "BRANCH");
        Api wang = as("wang").header("Idempotency-Key", unique("open"));

        Api.Response first = wang.post("/api/v1/sales", body);
        Api.Response again = wang.post("/api/v1/sales", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.json().get("number").asString()).isEqualTo(first.json().get("number").asString());
        assertThat(jdbc.sql("select count(*) from sales_case where customer_number = ?").param(customer.number())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_practitioner_cancels_with_a_reason_and_the_customer_can_no_longer_confirm() {
        Registered customer = customerAged(40, "C3");
        String product = productOnShelf("R2", 90, 0);
        String number = opened(customer, product, generalFund(customer), false);

        assertThat(as("wang").post("/api/v1/sales/" + number + "/cancellation", Map.of("reason", "")).status())
                .isEqualTo(400);
        JsonNode cancelled = as("wang").post("/api/v1/sales/" + number + "/cancellation",
                Map.of("reason", "The customer changed their mind at the counter")).json();
        assertThat(cancelled.get("state").asString()).isEqualTo("CANCELLED");

        WebSession.Page late = customerConfirms(number, customer, product, "R2", null, null);
        assertThat(late.status()).isNotEqualTo(200);
        assertThat(state(number)).isEqualTo("CANCELLED");
    }

    @Test
    void another_practitioner_cannot_see_or_move_the_case() {
        Registered customer = customerAged(40, "C3");
        String number = opened(customer, productOnShelf("R2", 90, 0), generalFund(customer), false);

        assertThat(as("li").get("/api/v1/sales/" + number).status()).isEqualTo(404);
        assertThat(as("li").post("/api/v1/sales/" + number + "/cancellation", Map.of("reason", "mine now")).status())
                .isEqualTo(404);
        assertThat(as("director").get("/api/v1/sales/" + number).status()).isEqualTo(403);
    }

    /** The case's timeline as "STEP FROM -> TO". */
    private java.util.List<String> timeline(String number) {
        return sale(number).get("timeline").valueStream().map(step -> step.get("step").asString() + " "
                + (step.hasNonNull("from") ? step.get("from").asString() + " " : "") + "-> " + step.get("to").asString())
                .toList();
    }

    private int releaseEndedCoolingOff() {
        return releaser.releaseEndedCoolingOff();
    }

    @org.springframework.beans.factory.annotation.Autowired
    io.steward.sales.internal.CaseRelease releaser;

    private void verifiedGuardian(Registered minor, String phone) {
        Api.Response added = as("wang").post("/api/v1/customers/" + minor.number() + "/guardians", Map.of(
                "fullName", "监护人" + minor.number(), "relationship", "MOTHER", "identityType", "PRC_RESIDENT_ID",
                "identityNumber", io.steward.support.Clients.identity(today().minusYears(42), io.steward.customer.Gender.FEMALE),
                "phone", phone, "documentType", "HOUSEHOLD_REGISTER", "documentNumber", "HR-" + minor.number()));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long guardian = added.json().get("id").asLong();
        assertThat(as("wang").putFile("/api/v1/customers/" + minor.number() + "/guardians/"
                + guardian + "/scan", "application/pdf", "%PDF-1.7\nhousehold register\n%%EOF".getBytes()).status())
                .isEqualTo(200);
        assertThat(as("wang").post("/api/v1/customers/" + minor.number() + "/guardians/" + guardian + "/verification",
                Map.of()).status()).isEqualTo(200);
    }

    private void assessedWithGuardian(Registered minor, String guardianPhone, String level) {
        JsonNode started = startAssessment("wang", minor.number(), "IN_PERSON");
        long requestId = started.get("confirmationRequestId").asLong();
        Sms customerSms = smsTo(minor.phone(), requestId);
        Sms guardianSms = smsTo(guardianPhone, requestId);
        io.steward.support.CustomerDevice tablet = io.steward.support.CustomerDevice.at(port, "10.3.9.1");
        tablet.get("/c/" + customerSms.token());
        tablet.get("/c/" + customerSms.token() + "/sections/about");
        tablet.get("/c/" + customerSms.token() + "/sections/guardian");
        Map<String, String> form = new java.util.HashMap<>(assessmentForm(level, customerSms.code()));
        form.put("secondPartyCode", guardianSms.code());
        form.put("secondPartyAgrees", "true");
        assertThat(tablet.post("/c/" + customerSms.token(), form).status()).isEqualTo(200);
    }
}
