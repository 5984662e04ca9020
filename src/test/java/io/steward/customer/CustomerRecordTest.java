package io.steward.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Api;
import io.steward.support.Clients;
import io.steward.support.CustomerTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Registering a customer and recording funds, guardians and interviews; bad input is a clear 4xx and writes nothing. */
class CustomerRecordTest extends CustomerTest {

    @Test
    void a_certified_practitioner_registers_a_customer_who_is_assigned_to_them() {
        Map<String, Object> body = Clients.body(unique("Chen"), Gender.MALE, today().minusYears(38));

        Api.Response created = as("zhang").post("/api/v1/customers", body);

        assertThat(created.status()).isEqualTo(201);
        String number = created.json().get("number").asString();
        assertThat(number).matches("C[0-9]{8}");
        assertThat(created.header("Location")).isEqualTo("/api/v1/customers/" + number);
        assertThat(created.json().get("practitioner").asString()).isEqualTo("zhang");
        assertThat(auditEvents("CUSTOMER_CREATED", number)).isEqualTo(1);
    }

    @Test
    void identity_numbers_that_do_not_check_out_or_do_not_agree_with_the_customer_are_refused() {
        Map<String, Object> body = Clients.body(unique("Bad"), Gender.FEMALE, today().minusYears(38));
        String valid = (String) body.get("identityNumber");
        char last = valid.charAt(17);

        assertThat(problem(with(body, "identityNumber", valid.substring(0, 17) + (last == '1' ? '2' : '1'))))
                .isEqualTo("identity-number-check");
        assertThat(problem(with(body, "birthDate", today().minusYears(38).plusDays(1).toString())))
                .isEqualTo("identity-number-birth-date");
        assertThat(problem(with(body, "gender", "MALE"))).isEqualTo("identity-number-gender");
        assertThat(problem(with(body, "identityNumber", "1234"))).isEqualTo("identity-number-format");
        Map<String, Object> passport = with(body, "identityType", "PRC_PASSPORT");
        assertThat(problem(with(passport, "identityNumber", "E1234"))).isEqualTo("identity-document-format");
        assertThat(problem(with(body, "phone", "12345"))).isEqualTo("phone-format");
        assertThat(problem(with(body, "birthDate", today().plusDays(1).toString()))).isEqualTo("birth-date");
        assertThat(count("customer where full_name = ?", body.get("fullName"))).isZero();
        assertThat(as("wang").post("/api/v1/customers", with(passport, "identityNumber", "E" + (10000000
                + Math.floorMod(unique("p").hashCode(), 89999999)))).status()).isEqualTo(201);
    }

    @Test
    void the_same_identity_document_cannot_be_registered_twice_even_by_another_practitioner() {
        Map<String, Object> body = Clients.body(unique("Twin"), Gender.FEMALE, today().minusYears(38));
        assertThat(as("wang").post("/api/v1/customers", body).status()).isEqualTo(201);

        Api.Response again = as("zhang").post("/api/v1/customers", body);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("urn:steward:problem:duplicate-customer");
        assertThat(again.body()).as("nothing says whose customer it is").doesNotContain("wang").doesNotContain("C1");
    }

    @Test
    void without_a_valid_certificate_nobody_registers_a_customer() {
        Map<String, Object> body = Clients.body(unique("Lapsed"), Gender.FEMALE, today().minusYears(38));

        Api.Response expired = as("liu").post("/api/v1/customers", body);
        assertThat(expired.status()).isEqualTo(422);
        assertThat(expired.json().get("ruleIds").get(0).asString()).isEqualTo("QUAL-1");
        assertThat(as("sun").post("/api/v1/customers", body).status()).as("revoked").isEqualTo(422);
        assertThat(as("assistant").post("/api/v1/customers", body).status()).isEqualTo(403);
        assertThat(as("lobby").post("/api/v1/customers", body).status()).isEqualTo(403);
        assertThat(count("customer where full_name = ?", body.get("fullName"))).isZero();
    }

    @Test
    void malformed_dates_and_unknown_enum_values_are_a_clear_400_and_nothing_is_written() {
        Map<String, Object> body = Clients.body(unique("Malformed"), Gender.FEMALE, today().minusYears(38));

        Api.Response badDate = as("wang").post("/api/v1/customers", with(body, "birthDate", "1986-02-30"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("type").asString()).isEqualTo("urn:steward:problem:malformed-body");
        assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("birthDate");
        Api.Response badEnum = as("wang").post("/api/v1/customers", with(body, "incomeBand", "LOTS"));
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.json().get("errors").get(0).get("field").asString()).isEqualTo("incomeBand");
        Api.Response missing = as("wang").post("/api/v1/customers", with(body, "address", ""));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").valueStream().map(e -> e.get("field").asString())).containsExactly("address");
        assertThat(as("wang").postRaw("/api/v1/customers", "{\"fullName\": ").status()).isEqualTo(400);
        assertThat(count("customer where full_name = ?", body.get("fullName"))).isZero();
    }

    @Test
    void a_fund_records_amount_currency_purpose_and_horizon_and_a_horizon_not_after_today_is_refused() {
        Registered customer = newCustomer("wang", today().minusYears(60));

        Api.Response past = fund(customer, "50000", "CNY", "PENSION", today().minusDays(1).toString());
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("type").asString()).isEqualTo("urn:steward:problem:fund-horizon-past");
        assertThat(fund(customer, "50000", "CNY", "PENSION", today().toString()).status()).isEqualTo(400);
        assertThat(fund(customer, "-1", "CNY", "PENSION", today().plusDays(90).toString()).status()).isEqualTo(400);
        assertThat(fund(customer, "50000", "XYZ", "PENSION", today().plusDays(90).toString()).json().get("type")
                .asString()).isEqualTo("urn:steward:problem:unknown-currency");
        assertThat(fund(customer, "50000", "CNY", "HOLIDAY", today().plusDays(90).toString()).status()).isEqualTo(400);
        assertThat(fund(customer, "50000", "CNY", "PENSION", "next week").status()).isEqualTo(400);
        assertThat(count("fund where customer_id = ?", customerId(customer.number()))).isZero();

        Api.Response saved = fund(customer, "50000.50", "CNY", "PENSION", today().plusDays(90).toString());
        assertThat(saved.status()).isEqualTo(201);
        JsonNode funds = as("wang").get("/api/v1/customers/" + customer.number() + "/funds").json();
        assertThat(funds.get(0).get("purpose").asString()).isEqualTo("PENSION");
        assertThat(funds.get(0).get("amount").decimalValue()).isEqualByComparingTo("50000.50");
        assertThat(funds.get(0).get("neededBackOn").asString()).isEqualTo(today().plusDays(90).toString());
        assertThat(as("li").post("/api/v1/customers/" + customer.number() + "/funds", Map.of("amount", "1",
                "currency", "CNY", "purpose", "GENERAL", "neededBackOn", today().plusDays(9).toString())).status())
                .as("not li's customer").isEqualTo(404);
    }

    @Test
    void an_interview_needs_all_six_items_and_a_forbidden_promise_is_flagged_for_compliance_not_dropped() {
        Registered customer = newCustomer("wang", today().minusYears(40));
        Map<String, Object> interview = new HashMap<>(Map.of("heldOn", today().toString(),
                "financialSituation", "Salary CNY 20,000 a month, CNY 500,000 in deposits.",
                "investmentObjectives", "Steady growth over three years.",
                "productsConsidered", "A 2-year R2 bond product.",
                "reasonsNotBought", "Wants to compare with another bank.",
                "unmetNeeds", "Monthly income.",
                "familySituation", "Married, one child aged 8."));

        Api.Response missing = as("wang").post("/api/v1/customers/" + customer.number() + "/interviews",
                with(interview, "unmetNeeds", " "));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("unmetNeeds");
        Map<String, Object> withoutFamily = new HashMap<>(interview);
        withoutFamily.remove("familySituation");
        assertThat(as("wang").post("/api/v1/customers/" + customer.number() + "/interviews", withoutFamily).status())
                .isEqualTo(400);
        assertThat(as("wang").post("/api/v1/customers/" + customer.number() + "/interviews",
                with(interview, "heldOn", today().plusDays(1).toString())).status()).isEqualTo(400);
        assertThat(count("interview where customer_id = ?", customerId(customer.number()))).isZero();

        Api.Response clean = as("wang").post("/api/v1/customers/" + customer.number() + "/interviews", interview);
        assertThat(clean.status()).isEqualTo(201);
        assertThat(clean.json().get("flaggedPromises").size()).isZero();

        Api.Response promising = as("wang").post("/api/v1/customers/" + customer.number() + "/interviews",
                with(interview, "productsConsidered", "我告诉客户这个产品保本保收益，预期收益4.5%，和存款一样。"));
        assertThat(promising.status()).as("kept, not refused").isEqualTo(201);
        assertThat(promising.json().get("flaggedPromises").valueStream().map(h -> h.get("phrase").asString()))
                .contains("保本保收益", "预期收益4.5%", "和存款一样");
        assertThat(auditEvents("INTERVIEW_FLAGGED", customer.number())).isEqualTo(1);
        JsonNode flag = as("compliance").get("/api/v1/interview-flags").json().valueStream()
                .filter(f -> f.get("customerNumber").asString().equals(customer.number())).findFirst().orElseThrow();
        assertThat(flag.get("practitioner").asString()).isEqualTo("wang");
        assertThat(flag.toString()).doesNotContain(customer.phone()).doesNotContain("Salary CNY 20,000");
        assertThat(as("wang").get("/api/v1/interview-flags").status()).isEqualTo(403);
        assertThat(as("compliance").post("/api/v1/interview-flags/" + flag.get("id").asLong() + "/resolution",
                Map.of("resolution", "Coached the practitioner; customer called back and informed.")).status())
                .isEqualTo(204);
        assertThat(as("wang").get("/api/v1/customers/" + customer.number() + "/interviews").json().size()).isEqualTo(2);
    }

    @Test
    void a_minors_guardian_is_verified_only_with_a_scanned_copy_of_the_right_type_and_size() {
        Registered adult = newCustomer("wang", today().minusYears(30));
        assertThat(guardian(adult).status()).isEqualTo(409);
        Registered minor = newCustomer("wang", today().minusYears(12));
        long guardian = guardian(minor).json().get("id").asLong();
        String scan = "/api/v1/customers/" + minor.number() + "/guardians/" + guardian + "/scan";

        Api.Response unverifiable = as("wang").post("/api/v1/customers/" + minor.number() + "/guardians/" + guardian
                + "/verification", Map.of());
        assertThat(unverifiable.status()).isEqualTo(422);
        assertThat(unverifiable.json().get("ruleIds").get(0).asString()).isEqualTo("MINOR-1");
        Api.Response notAPdf = as("wang").putFile(scan, "application/pdf", "just text".getBytes());
        assertThat(notAPdf.status()).isEqualTo(400);
        assertThat(notAPdf.json().get("type").asString()).isEqualTo("urn:steward:problem:scan-type");
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, big, 0, 8);
        assertThat(as("wang").putFile(scan, "image/png", big).json().get("type").asString())
                .isEqualTo("urn:steward:problem:scan-too-large");
        assertThat(count("customer_document where customer_id = ?", customerId(minor.number()))).isZero();

        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
        assertThat(as("wang").putFile(scan, "image/jpeg", jpeg).status()).isEqualTo(200);
        JsonNode verified = as("wang").post("/api/v1/customers/" + minor.number() + "/guardians/" + guardian
                + "/verification", Map.of()).json();
        assertThat(verified.get("verifiedBy").asString()).isEqualTo("wang");
        assertThat(auditEvents("GUARDIAN_VERIFIED", minor.number())).isEqualTo(1);
        Api.Response copy = as("wang").get(scan);
        assertThat(copy.status()).isEqualTo(200);
        assertThat(copy.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(jdbc.sql("select content from customer_document where customer_id = ?")
                .param(customerId(minor.number())).query(byte[].class).single()).as("stored encrypted").isNotEqualTo(jpeg);
        assertThat(as("assistant").get(scan).status()).isEqualTo(404);
    }

    @Test
    void the_low_sensitivity_view_and_the_customer_page_show_open_tasks() {
        JsonNode expiring = as("assistant").get("/api/v1/customers?expiring=true").json();
        String number = expiring.get("rows").valueStream().filter(r -> r.get("practitioner").asString().equals("wang"))
                .findFirst().orElseThrow().get("number").asString();

        JsonNode low = as("assistant").get("/api/v1/customers/" + number).json();

        assertThat(low.get("openTasks").valueStream().map(t -> t.get("text").asString()))
                .anySatisfy(text -> assertThat(text).startsWith("Risk assessment valid through"));
        assertThat(as("wang").get("/api/v1/customers/" + number + "/tasks").json().valueStream()
                .map(t -> t.get("type").asString())).contains("ASSESSMENT_EXPIRING");
    }

    private Api.Response fund(Registered customer, String amount, String currency, String purpose, String neededBackOn) {
        return as("wang").post("/api/v1/customers/" + customer.number() + "/funds", Map.of("amount", amount,
                "currency", currency, "purpose", purpose, "neededBackOn", neededBackOn));
    }

    private Api.Response guardian(Registered minor) {
        return as("wang").post("/api/v1/customers/" + minor.number() + "/guardians", Map.of(
                "fullName", "Guardian", "relationship", "FATHER", "identityType", "PRC_RESIDENT_ID",
                "identityNumber", Clients.identity(today().minusYears(42), Gender.MALE), "phone", Clients.phone(),
                "documentType", "BIRTH_CERTIFICATE", "documentNumber", "N" + minor.number()));
    }

    private String problem(Map<String, Object> body) {
        Api.Response refused = as("wang").post("/api/v1/customers", body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        return refused.json().get("type").asString().replace("urn:steward:problem:", "");
    }

    private long count(String fromWhere, Object parameter) {
        return jdbc.sql("select count(*) from " + fromWhere).param(parameter).query(Long.class).single();
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}
