package io.steward.confirmation;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.CustomerDevice;
import io.steward.support.CustomerTest;
import io.steward.support.WebSession;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** CONF-1: the customer's own act comes only through the channel, signed with a one-time code only they received. */
class CustomerChannelTest extends CustomerTest {

    @Test
    void a_browser_with_a_staff_session_is_refused_and_the_staff_member_is_recorded() {
        Registered customer = newCustomer("wang", today().minusYears(40));
        JsonNode started = startAssessment("wang", customer.number(), "REMOTE");
        long requestId = started.get("confirmationRequestId").asLong();
        Sms sms = smsTo(customer.phone(), requestId);
        WebSession staff = WebSession.signedIn(port, "wang", DEMO_PASSWORD);

        WebSession.Page page = staff.get("/c/" + sms.token());
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("This device is signed in as staff").doesNotContain("answer.INCOME");

        WebSession.Page post = staff.post("/c/" + sms.token(), assessmentForm("C3", sms.code()));
        assertThat(post.status()).isEqualTo(403);
        assertThat(staff.get("/demo/outbox").status()).as("staff never see a code, not even in the demo").isEqualTo(403);
        assertThat(status(requestId)).isEqualTo("PENDING");
        assertThat(jdbc.sql("select count(*) from audit_event where event_type = 'CHANNEL_REFUSED_STAFF_SESSION' "
                + "and subject_id = ? and actor = 'wang'").param(String.valueOf(requestId)).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void staff_see_neither_the_code_nor_the_link_and_codes_are_stored_only_as_keyed_hashes() {
        Registered customer = newCustomer("wang", today().minusYears(40));
        JsonNode started = startAssessment("wang", customer.number(), "REMOTE");
        long requestId = started.get("confirmationRequestId").asLong();
        Sms sms = smsTo(customer.phone(), requestId);

        assertThat(started.toString()).doesNotContain(sms.code()).doesNotContain(sms.token())
                .contains(customer.phone().substring(0, 3) + "****" + customer.phone().substring(7));
        String history = as("wang").get("/api/v1/customers/" + customer.number() + "/assessments").body();
        assertThat(history).doesNotContain(sms.code()).doesNotContain(sms.token());
        assertThat(jdbc.sql("select code_hash from confirmation_code where request_id = ?").param(requestId)
                .query(String.class).single()).hasSize(64).doesNotContain(sms.code());
        assertThat(jdbc.sql("select token_hash from confirmation_request where id = ?").param(requestId)
                .query(String.class).single()).doesNotContain(sms.token());
        assertThat(jdbc.sql("select count(*) from audit_event where details like ? or details like ?")
                .params("%" + sms.code() + "%", "%" + sms.token() + "%").query(Long.class).single()).isZero();
    }

    @Test
    void a_wrong_code_counts_and_the_fifth_wrong_code_locks_the_request() {
        Registered customer = newCustomer("wang", today().minusYears(40));
        long requestId = startAssessment("wang", customer.number(), "REMOTE").get("confirmationRequestId").asLong();
        Sms sms = smsTo(customer.phone(), requestId);
        CustomerDevice phone = CustomerDevice.at(port, "10.1.1.1");
        phone.get("/c/" + sms.token());
        phone.get("/c/" + sms.token() + "/sections/about");
        String wrong = sms.code().equals("000000") ? "111111" : "000000";

        for (int attempt = 1; attempt <= 4; attempt++) {
            WebSession.Page refused = phone.post("/c/" + sms.token(), assessmentForm("C3", wrong));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body()).contains("The code is wrong. " + (5 - attempt) + " tries left.");
        }
        WebSession.Page locked = phone.post("/c/" + sms.token(), assessmentForm("C3", wrong));
        assertThat(locked.status()).isEqualTo(423);
        assertThat(locked.body()).contains("locked after five wrong codes");

        WebSession.Page tooLate = phone.post("/c/" + sms.token(), assessmentForm("C3", sms.code()));
        assertThat(tooLate.status()).as("even the right code is refused once locked").isEqualTo(409);
        assertThat(status(requestId)).isEqualTo("LOCKED");
        assertThat(auditEvents("CONFIRMATION_CODE_WRONG", String.valueOf(requestId))).isEqualTo(4);
        assertThat(auditEvents("CONFIRMATION_LOCKED", String.valueOf(requestId))).isEqualTo(1);
        assertThat(jdbc.sql("select status from assessment where confirmation_request_id = ?").param(requestId)
                .query(String.class).single()).as("nothing took effect").isEqualTo("STARTED");
    }

    @Test
    void a_code_expires_after_five_minutes_and_a_new_one_can_be_sent_to_the_registered_phone() {
        Registered customer = newCustomer("wang", today().minusYears(40));
        long requestId = startAssessment("wang", customer.number(), "REMOTE").get("confirmationRequestId").asLong();
        Sms first = smsTo(customer.phone(), requestId);
        CustomerDevice phone = CustomerDevice.at(port, "10.1.1.2");
        phone.get("/c/" + first.token());
        phone.get("/c/" + first.token() + "/sections/about");

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        WebSession.Page expired = phone.post("/c/" + first.token(), assessmentForm("C2", first.code()));
        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.body()).contains("The code has expired");
        assertThat(jdbc.sql("select failed_attempts from confirmation_request where id = ?").param(requestId)
                .query(Integer.class).single()).as("an expired code is not a wrong try").isZero();

        WebSession.Page resent = phone.post("/c/" + first.token() + "/code", Map.of());
        assertThat(resent.body()).contains("A new code was sent to");
        Sms second = smsTo(customer.phone(), requestId);
        assertThat(second.token()).isEqualTo(first.token());

        WebSession.Page done = phone.post("/c/" + first.token(), assessmentForm("C2", second.code()));
        assertThat(done.status()).isEqualTo(200);
        assertThat(status(requestId)).isEqualTo("CONFIRMED");
    }

    @Test
    void a_replayed_link_or_code_is_refused_and_confirms_nothing_twice() {
        Registered customer = newCustomer("wang", today().minusYears(40));
        long requestId = startAssessment("wang", customer.number(), "REMOTE").get("confirmationRequestId").asLong();
        Sms sms = smsTo(customer.phone(), requestId);
        CustomerDevice phone = CustomerDevice.at(port, "10.1.1.3");
        assertThat(answerOnChannel(phone, sms, "C3").status()).isEqualTo(200);

        WebSession.Page replay = phone.post("/c/" + sms.token(), assessmentForm("C5", sms.code()));
        assertThat(replay.status()).isEqualTo(409);
        assertThat(replay.body()).contains("already confirmed");
        WebSession.Page otherDevice = CustomerDevice.at(port, "10.9.9.9").get("/c/" + sms.token());
        assertThat(otherDevice.body()).contains("already confirmed").doesNotContain("answer.INCOME");

        assertThat(auditEvents("CUSTOMER_CONFIRMED", String.valueOf(requestId))).isEqualTo(1);
        assertThat(as("wang").get("/api/v1/customers/" + customer.number() + "/assessments/current").json()
                .get("level").asString()).isEqualTo("C3");
    }

    @Test
    void a_post_to_the_channel_without_the_pages_csrf_token_is_refused() {
        Registered customer = newCustomer("wang", today().minusYears(40));
        long requestId = startAssessment("wang", customer.number(), "REMOTE").get("confirmationRequestId").asLong();
        Sms sms = smsTo(customer.phone(), requestId);

        WebSession.Page forged = CustomerDevice.at(port, "10.1.1.9").post("/c/" + sms.token(), assessmentForm("C5", sms.code()));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(status(requestId)).isEqualTo("PENDING");
    }

    @Test
    void an_unknown_or_malformed_link_is_a_plain_404() {
        assertThat(CustomerDevice.at(port, "10.1.1.4").get("/c/" + "A".repeat(43)).status()).isEqualTo(404);
        assertThat(CustomerDevice.at(port, "10.1.1.4").get("/c/not-a-token").status()).isEqualTo(404);
    }

    @Test
    void the_customer_must_open_every_section_and_answer_every_question_before_the_code_is_even_checked() {
        Registered customer = newCustomer("wang", today().minusYears(40));
        long requestId = startAssessment("wang", customer.number(), "REMOTE").get("confirmationRequestId").asLong();
        Sms sms = smsTo(customer.phone(), requestId);
        CustomerDevice phone = CustomerDevice.at(port, "10.1.1.5");
        phone.get("/c/" + sms.token());

        WebSession.Page unread = phone.post("/c/" + sms.token(), assessmentForm("C3", sms.code()));
        assertThat(unread.status()).isEqualTo(400);
        assertThat(unread.body()).contains("Open and read each item above");
        phone.get("/c/" + sms.token() + "/sections/about");
        Map<String, String> partial = new java.util.HashMap<>(assessmentForm("C3", sms.code()));
        partial.remove("answer.HORIZON");
        WebSession.Page unanswered = phone.post("/c/" + sms.token(), partial);
        assertThat(unanswered.status()).isEqualTo(400);
        assertThat(unanswered.body()).contains("Choose one answer");

        assertThat(jdbc.sql("select failed_attempts from confirmation_request where id = ?").param(requestId)
                .query(Integer.class).single()).isZero();
        assertThat(auditEvents("CONFIRMATION_SECTION_OPENED", String.valueOf(requestId))).isEqualTo(1);
        assertThat(status(requestId)).isEqualTo("PENDING");
    }

    @Test
    void the_customer_may_decline_with_their_code_and_the_assessment_is_cancelled() {
        Registered customer = newCustomer("wang", today().minusYears(40));
        JsonNode started = startAssessment("wang", customer.number(), "REMOTE");
        long requestId = started.get("confirmationRequestId").asLong();
        Sms sms = smsTo(customer.phone(), requestId);
        CustomerDevice phone = CustomerDevice.at(port, "10.1.1.6");
        phone.get("/c/" + sms.token());

        WebSession.Page declined = phone.post("/c/" + sms.token() + "/decline",
                Map.of("code", sms.code(), "reason", "I want to think about it"));

        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.body()).contains("You declined");
        assertThat(status(requestId)).isEqualTo("DECLINED");
        assertThat(assessmentStatus(started.get("assessmentId").asLong())).isEqualTo("CANCELLED");
    }

    @Test
    void a_confirmation_from_the_practitioners_own_address_is_flagged_for_compliance_and_one_from_elsewhere_is_not() {
        Registered proxied = newCustomer("wang", today().minusYears(40));
        long proxiedRequest = startAssessment("wang", proxied.number(), "REMOTE").get("confirmationRequestId").asLong();
        Sms proxiedSms = smsTo(proxied.phone(), proxiedRequest);
        // no forwarded address: the same machine the practitioner asked from
        assertThat(answerOnChannel(CustomerDevice.at(port, null), proxiedSms, "C3").status()).isEqualTo(200);

        Registered genuine = newCustomer("wang", today().minusYears(41));
        long genuineRequest = startAssessment("wang", genuine.number(), "REMOTE").get("confirmationRequestId").asLong();
        assertThat(answerOnChannel(CustomerDevice.at(port, "10.7.7.7"), smsTo(genuine.phone(), genuineRequest), "C3")
                .status()).isEqualTo(200);

        JsonNode flags = as("compliance").get("/api/v1/proxy-confirmations").json();
        assertThat(flags.valueStream().filter(f -> f.get("requestId").asLong() == proxiedRequest))
                .singleElement().satisfies(f -> {
                    assertThat(f.get("reasons").asString()).contains("SAME_ADDRESS");
                    assertThat(f.get("requestedBy").asString()).isEqualTo("wang");
                });
        assertThat(flags.valueStream().filter(f -> f.get("requestId").asLong() == genuineRequest)).isEmpty();
        assertThat(auditEvents("POSSIBLE_PROXY_CONFIRMATION", String.valueOf(proxiedRequest))).isEqualTo(1);
        assertThat(as("wang").get("/api/v1/proxy-confirmations").status()).isEqualTo(403);
        long flagId = flags.valueStream().filter(f -> f.get("requestId").asLong() == proxiedRequest).findFirst()
                .orElseThrow().get("id").asLong();
        assertThat(as("compliance").post("/api/v1/proxy-confirmations/" + flagId + "/resolution",
                Map.of("resolution", "Called the customer: she confirmed at the branch tablet herself.")).status())
                .isEqualTo(204);
        assertThat(as("compliance").get("/api/v1/proxy-confirmations").json().valueStream()
                .filter(f -> f.get("id").asLong() == flagId)).isEmpty();
    }

    @Test
    void the_demo_outbox_is_the_customers_phone_and_needs_no_staff_sign_in() {
        Registered customer = newCustomer("wang", today().minusYears(40));
        long requestId = startAssessment("wang", customer.number(), "REMOTE").get("confirmationRequestId").asLong();
        Sms sms = smsTo(customer.phone(), requestId);

        WebSession.Page outbox = CustomerDevice.at(port, "10.1.1.8").get("/demo/outbox");

        assertThat(outbox.status()).isEqualTo(200);
        assertThat(outbox.body()).contains(sms.code()).contains("/c/" + sms.token()).contains(customer.phone());

        Registered other = newCustomer("wang", today().minusYears(41));
        startAssessment("wang", other.number(), "REMOTE");
        WebSession.Page onePhone = CustomerDevice.at(port, "10.1.1.8").get("/demo/outbox?phone=" + customer.phone());
        assertThat(onePhone.body()).contains(customer.phone()).doesNotContain(other.phone());
    }

    private String status(long requestId) {
        return jdbc.sql("select status from confirmation_request where id = ?").param(requestId).query(String.class).single();
    }
}
