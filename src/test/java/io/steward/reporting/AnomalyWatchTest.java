package io.steward.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Api;
import io.steward.support.BankTest;
import io.steward.support.CustomerDevice;
import io.steward.support.WebSession;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The anomaly watch of COMPLIANCE: proxy confirmations, staff reading far beyond their own pattern or outside
 * business hours, repeated assessments above the institution's norm, sales just after assessments that raised a level.
 */
class AnomalyWatchTest extends BankTest {

    @Test
    void a_staff_member_reading_far_more_records_than_usual_or_at_night_is_flagged_and_an_ordinary_reader_is_not() {
        String branch = institution("BRANCH", "HO");
        String reader = practitioner(branch);
        String ordinary = practitioner(branch);
        String nightOwl = practitioner(branch);
        Registered many = newCustomer(reader, today().minusYears(40));
        Registered few = newCustomer(ordinary, today().minusYears(41));
        Registered late = newCustomer(nightOwl, today().minusYears(42));
        for (int i = 0; i < 20; i++) {
            assertThat(as(reader).get("/api/v1/customers/" + many.number()).status()).isEqualTo(200);
        }
        for (int i = 0; i < 3; i++) {
            as(ordinary).get("/api/v1/customers/" + few.number());
        }
        LocalDate day = today();
        clock.fixAt(day.atTime(23, 10).atZone(clock.getZone()).toInstant());
        assertThat(as(nightOwl).get("/api/v1/customers/" + late.number()).status()).isEqualTo(200);

        JsonNode anomalies = as("compliance").get("/api/v1/anomalies?day=" + day).json();

        JsonNode flagged = line(anomalies.get("readings"), "actor", reader).orElseThrow();
        assertThat(flagged.get("reads").asLong()).isGreaterThanOrEqualTo(20);
        assertThat(flagged.get("aboveUsual").asBoolean()).isTrue();
        JsonNode night = line(anomalies.get("readings"), "actor", nightOwl).orElseThrow();
        assertThat(night.get("outsideHours").asLong()).isEqualTo(1);
        assertThat(night.get("aboveUsual").asBoolean()).isFalse();
        line(anomalies.get("readings"), "actor", ordinary)
                .ifPresent(line -> assertThat(line.get("aboveUsual").asBoolean()).as("3 reads").isFalse());
    }

    @Test
    void a_customer_confirming_from_the_practitioner_s_own_address_is_on_the_watch_page() {
        String practitioner = practitioner(institution("BRANCH", "HO"));
        Registered customer = newCustomer(practitioner, today().minusYears(50));
        JsonNode started = startAssessment(practitioner, customer.number(), "REMOTE");
        Sms sms = smsTo(customer.phone(), started.get("confirmationRequestId").asLong());
        // the practitioner's own machine (the test's address, as the staff API calls), not the customer's phone
        assertThat(answerOnChannel(CustomerDevice.at(port, null), sms, "C3").status()).isEqualTo(200);

        JsonNode proxy = line(as("compliance").get("/api/v1/anomalies").json().get("proxyConfirmations"), "staff",
                practitioner).orElseThrow();
        assertThat(proxy.get("flagged").asLong()).isEqualTo(1);
        assertThat(proxy.get("open").asLong()).isEqualTo(1);
        WebSession.Page page = WebSession.signedIn(port, "compliance", DEMO_PASSWORD).get("/compliance/anomalies");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"proxy-confirmations\"", practitioner, "id=\"unusual-reading\"",
                "id=\"repeated-assessments\"", "id=\"sales-after-raises\"");
    }

    @Test
    void repeated_assessments_above_the_institution_s_norm_and_sales_just_after_a_raised_level_are_flagged() {
        String branch = institution("BRANCH", "HO");
        String pusher = practitioner(branch);
        String peer = practitioner(branch);
        Registered first = newCustomer(pusher, today().minusYears(40));
        Registered second = newCustomer(pusher, today().minusYears(45));
        Registered peers = newCustomer(peer, today().minusYears(46));
        assessed(peer, peers, "C3");
        assessed(pusher, first, "C2");
        assessed(pusher, second, "C2");
        clock.advance(Duration.ofDays(31)); // a repeat within 30 days waits for review (ASSESS-3): these do not
        assessed(pusher, first, "C4");
        assessed(pusher, second, "C4");
        String product = productOnShelf("R3", 365, 24);
        List<String> cases = new ArrayList<>();
        for (Registered customer : List.of(first, second)) {
            Api.Response fund = as(pusher).post("/api/v1/customers/" + customer.number() + "/funds", Map.of(
                    "amount", "500000.00", "currency", "CNY", "purpose", "GENERAL",
                    "neededBackOn", today().plusYears(5).toString()));
            assertThat(fund.status()).as(fund.body()).isEqualTo(201);
            Api.Response sale = as(pusher).post("/api/v1/sales", Map.of("customerNumber", customer.number(),
                    "productCode", product, "fundId", fund.json().get("id").asLong(), "amount", "100000.00",
                    "customerInitiated", false, "channel", "BRANCH"));
            assertThat(sale.status()).as(sale.body()).isEqualTo(201);
            cases.add(sale.json().get("number").asString());
        }
        clock.advance(Duration.ofDays(31));
        assessed(pusher, first, "C4");

        JsonNode anomalies = as("compliance").get("/api/v1/anomalies").json();

        JsonNode repeats = line(anomalies.get("repeatedAssessments"), "practitioner", pusher).orElseThrow();
        assertThat(repeats.get("assessments").asLong()).isEqualTo(5);
        assertThat(repeats.get("repeats").asLong()).isEqualTo(3);
        assertThat(repeats.get("peersAverage").asDouble()).isZero();
        assertThat(line(anomalies.get("repeatedAssessments"), "practitioner", peer)).isEmpty();
        JsonNode sales = line(anomalies.get("salesAfterRaises"), "practitioner", pusher).orElseThrow();
        assertThat(sales.get("sales").asLong()).isEqualTo(2);
        assertThat(sales.get("soonAfterRaise").asLong()).isEqualTo(2);
        assertThat(sales.get("raises").asLong()).isEqualTo(2);
        assertThat(cases).hasSize(2);
    }

    @Test
    void only_compliance_watches() {
        for (String other : List.of("wang", "assistant", "director", "marketing", "manager", "head.sh", "admin")) {
            assertThat(as(other).get("/api/v1/anomalies").status()).as(other).isEqualTo(403);
        }
        assertThat(as("compliance").get("/api/v1/anomalies").status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_event where event_type = 'ANOMALIES_VIEWED' and actor = 'compliance'")
                .query(Long.class).single()).isPositive();
    }

    private static Optional<JsonNode> line(JsonNode lines, String field, String value) {
        for (JsonNode line : lines) {
            if (line.get(field).asString().equals(value)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }
}
