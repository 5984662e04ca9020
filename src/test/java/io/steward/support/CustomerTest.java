package io.steward.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.customer.Gender;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Steps shared by the client book, assessment and channel tests: registering customers, starting assessments,
 * reading what the demo outbox "sent" to a phone, and answering on the channel as the customer.
 */
public abstract class CustomerTest extends IntegrationTest {

    /** Answers to questionnaire version 1 giving each level (totals 17, 27, 39, 52, 69; FAILED: borrowed money). */
    protected static final Map<String, List<String>> ANSWERS = Map.of(
            "C1", List.of("C", "A", "A", "A", "A", "A", "B", "A", "A", "A"),
            "C2", List.of("A", "B", "B", "A", "B", "B", "B", "A", "B", "A"),
            "C3", List.of("A", "C", "A", "A", "C", "B", "C", "B", "B", "B"),
            "C4", List.of("A", "C", "A", "A", "D", "C", "C", "C", "C", "C"),
            "C5", List.of("A", "D", "A", "A", "E", "D", "D", "D", "D", "D"),
            "FAILED", List.of("A", "B", "B", "C", "B", "B", "B", "B", "B", "B"));
    protected static final List<String> QUESTIONS = List.of("INCOME", "ASSETS", "DEBT", "SOURCE", "EXPERIENCE",
            "PRODUCTS", "KNOWLEDGE", "OBJECTIVE", "HORIZON", "LOSS");

    private static final Pattern LINK = Pattern.compile("/c/([A-Za-z0-9_-]{43})");
    private static final Pattern CODE = Pattern.compile("code (\\d{6})");

    /** A customer just registered: its number, registered phone and birth date. */
    protected record Registered(String number, String phone, LocalDate birthDate, String identityNumber) {
    }

    /** A text message as it reached a phone: the link's token and the code. */
    protected record Sms(String phone, String token, String code, String text) {
    }

    protected Registered newCustomer(String practitioner, LocalDate birthDate) {
        return newCustomer(practitioner, unique("Client"), Gender.FEMALE, birthDate);
    }

    protected Registered newCustomer(String practitioner, String name, Gender gender, LocalDate birthDate) {
        Map<String, Object> body = Clients.body(name, gender, birthDate);
        Api.Response created = as(practitioner).post("/api/v1/customers", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Registered(created.json().get("number").asString(), (String) body.get("phone"), birthDate,
                (String) body.get("identityNumber"));
    }

    protected LocalDate today() {
        return LocalDate.now(clock);
    }

    protected long customerId(String number) {
        return jdbc.sql("select id from customer where number = ?").param(number).query(Long.class).single();
    }

    /** Starts an assessment over the API and returns the response (assessmentId, confirmationRequestId, ...). */
    protected JsonNode startAssessment(String practitioner, String number, String location) {
        Api.Response started = as(practitioner).post("/api/v1/customers/" + number + "/assessments",
                Map.of("location", location));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return started.json();
    }

    /** What the demo outbox sent for a confirmation request, to that phone (the newest message first). */
    protected Sms smsTo(String phone, long requestId) {
        String text = jdbc.sql("""
                select text from confirmation_demo_outbox where request_id = ? and phone = ? order by id desc limit 1""")
                .params(requestId, phone).query(String.class).single();
        Matcher link = LINK.matcher(text);
        Matcher code = CODE.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        assertThat(code.find()).as(text).isTrue();
        return new Sms(phone, link.group(1), code.group(1), text);
    }

    /** The form a customer sends to confirm an assessment with these answers. */
    protected static Map<String, String> assessmentForm(String level, String code) {
        Map<String, String> form = new LinkedHashMap<>();
        List<String> options = ANSWERS.get(level);
        for (int i = 0; i < QUESTIONS.size(); i++) {
            form.put("answer." + QUESTIONS.get(i), options.get(i));
        }
        form.put("code", code);
        return form;
    }

    /** The customer, on their own phone, opens the link, reads the explanation, answers and confirms. */
    protected WebSession.Page answerOnChannel(CustomerDevice phone, Sms sms, String level) {
        assertThat(phone.get("/c/" + sms.token()).status()).isEqualTo(200);
        assertThat(phone.get("/c/" + sms.token() + "/sections/about").status()).isEqualTo(200);
        return phone.post("/c/" + sms.token(), assessmentForm(level, sms.code()));
    }

    /** Starts an assessment and has the customer confirm it from their own phone; returns the assessment's id. */
    protected long assessed(String practitioner, Registered customer, String level) {
        JsonNode started = startAssessment(practitioner, customer.number(), "REMOTE");
        Sms sms = smsTo(customer.phone(), started.get("confirmationRequestId").asLong());
        WebSession.Page done = answerOnChannel(CustomerDevice.at(port, "10.20.30.40"), sms, level);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.body()).contains("your confirmation has been recorded");
        return started.get("assessmentId").asLong();
    }

    protected String assessmentStatus(long assessmentId) {
        return jdbc.sql("select status from assessment where id = ?").param(assessmentId).query(String.class).single();
    }

    protected long auditEvents(String type, String subjectId) {
        return jdbc.sql("select count(*) from audit_event where event_type = ? and subject_id = ?")
                .params(type, subjectId).query(Long.class).single();
    }
}
