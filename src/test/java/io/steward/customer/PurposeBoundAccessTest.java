package io.steward.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Api;
import io.steward.support.CustomerTest;
import io.steward.support.WebSession;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** DESIGN §6: COMPLIANCE sees the full record only "with a recorded purpose", and every read carries it. */
class PurposeBoundAccessTest extends CustomerTest {

    @Test
    void a_compliance_officer_reads_a_record_only_after_stating_a_case_number_and_a_reason() {
        Registered customer = newCustomer("wang", today().minusYears(45));
        assertThat(as("compliance").get("/api/v1/customers/" + customer.number()).status()).isEqualTo(404);

        Api.Response stated = as("compliance").post("/api/v1/customers/" + customer.number() + "/access-purposes",
                Map.of("caseNumber", "CMP-2025-017", "reason", "Complaint about a mis-sold R3 product"));
        assertThat(stated.status()).as(stated.body()).isEqualTo(201);
        long purposeId = stated.json().get("id").asLong();

        Api.Response read = as("compliance").get("/api/v1/customers/" + customer.number());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("view").asString()).isEqualTo("FULL");
        assertThat(read.json().get("identityNumber").asString()).isEqualTo(customer.identityNumber());
        assertThat(as("compliance").get("/api/v1/customers/" + customer.number() + "/assessments").status())
                .as("the other parts of the record, too").isEqualTo(200);

        String details = jdbc.sql("""
                select details from audit_event where event_type = 'CUSTOMER_VIEWED' and subject_id = ?
                  and actor = 'compliance' order by seq limit 1""").param(customer.number()).query(String.class).single();
        assertThat(details).contains("\"purposeId\":" + purposeId).contains("\"caseNumber\":\"CMP-2025-017\"")
                .contains("Complaint about a mis-sold R3 product").contains("\"view\":\"FULL\"");
        assertThat(auditEvents("CUSTOMER_PURPOSE_STATED", customer.number())).isEqualTo(1);
        assertThat(as("compliance").get("/api/v1/access-purposes?customer=" + customer.number()).json().get(0)
                .get("reads").asInt()).isEqualTo(2);
    }

    @Test
    void the_purpose_is_the_stating_officers_alone_and_runs_out_after_an_hour() {
        Registered customer = newCustomer("wang", today().minusYears(45));
        as("compliance").post("/api/v1/customers/" + customer.number() + "/access-purposes",
                Map.of("caseNumber", "CMP-2025-018", "reason", "Regulator's request for the sales file"));

        assertThat(as("compliance2").get("/api/v1/customers/" + customer.number()).status()).isEqualTo(404);
        clock.advance(Duration.ofMinutes(59));
        assertThat(as("compliance").get("/api/v1/customers/" + customer.number()).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(2));
        assertThat(as("compliance").get("/api/v1/customers/" + customer.number()).status()).isEqualTo(404);
    }

    @Test
    void a_purpose_opens_reading_only_and_only_compliance_states_one_with_a_valid_case_and_reason() {
        Registered customer = newCustomer("wang", today().minusYears(45));
        String path = "/api/v1/customers/" + customer.number() + "/access-purposes";
        as("compliance").post(path, Map.of("caseNumber", "CMP-2025-019", "reason", "Audit of the pension sales"));

        assertThat(as("compliance").post("/api/v1/customers/" + customer.number() + "/funds", Map.of("amount", "1000",
                "currency", "CNY", "purpose", "GENERAL", "neededBackOn", today().plusYears(1).toString())).status())
                .isEqualTo(403);
        assertThat(as("wang").post(path, Map.of("caseNumber", "X-1", "reason", "Just curious about it")).status())
                .isEqualTo(403);
        assertThat(as("assistant").post(path, Map.of("caseNumber", "X-1", "reason", "Just curious about it")).status())
                .isEqualTo(403);
        Api.Response vague = as("compliance").post(path, Map.of("caseNumber", "CMP-1", "reason", "check"));
        assertThat(vague.status()).isEqualTo(400);
        assertThat(fields(vague.json())).containsExactly("reason");
        assertThat(as("compliance").post(path, Map.of("caseNumber", "", "reason", "A reason long enough")).status())
                .isEqualTo(400);
        assertThat(as("compliance").post("/api/v1/customers/C99999999/access-purposes",
                Map.of("caseNumber", "CMP-2025-020", "reason", "A reason long enough")).status()).isEqualTo(404);
    }

    @Test
    void on_the_pages_the_officer_states_the_purpose_reads_the_record_and_every_officer_sees_the_list() {
        Registered customer = newCustomer("wang", "欧阳修", Gender.MALE, today().minusYears(52));
        WebSession officer = WebSession.signedIn(port, "compliance", DEMO_PASSWORD);
        assertThat(officer.get("/clients/" + customer.number()).status()).isEqualTo(404);
        assertThat(officer.get("/compliance/customer-access").status()).isEqualTo(200);

        WebSession.Page refused = officer.post("/compliance/customer-access", Map.of("customerNumber",
                customer.number(), "caseNumber", "CMP-2025-021", "reason", "short"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"state-purpose\"").contains("invalid-feedback");

        WebSession.Page opened = officer.post("/compliance/customer-access", Map.of("customerNumber",
                customer.number(), "caseNumber", "CMP-2025-021", "reason", "Customer complaint about advice given"));
        assertThat(opened.status()).isEqualTo(302);
        assertThat(opened.header("Location")).endsWith("/clients/" + customer.number());
        WebSession.Page record = officer.get("/clients/" + customer.number());
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.body()).contains("欧阳修").contains(customer.identityNumber()).contains("id=\"purpose-banner\"")
                .contains("CMP-2025-021").doesNotContain("id=\"new-fund\"").doesNotContain("id=\"new-interview\"");

        WebSession.Page list = WebSession.signedIn(port, "compliance2", DEMO_PASSWORD)
                .get("/compliance/customer-access?customer=" + customer.number());
        assertThat(list.body()).contains("compliance").contains(customer.number()).contains("CMP-2025-021")
                .contains("Customer complaint about advice given");
        assertThat(WebSession.signedIn(port, "wang", DEMO_PASSWORD).get("/compliance/customer-access").status())
                .isEqualTo(403);
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }
}
