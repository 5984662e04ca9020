package io.steward.sales.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.SalesTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class OrderOutboxTest extends SalesTest {

    @Autowired
    OrderOutbox outbox;

    @Autowired
    InProcessCoreBanking coreBanking;

    @AfterEach
    void coreBankingIsBack() {
        coreBanking.failNext(0);
    }

    @Test
    void a_released_order_is_delivered_once_with_its_idempotency_key() {
        String number = releasedSale();

        outbox.deliverDue();
        outbox.deliverDue();

        JsonNode delivery = sale(number).get("delivery");
        assertThat(delivery.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
        assertThat(delivery.get("reference").asString()).startsWith("CB");
        assertThat(coreBanking.booked().stream().filter(order -> order.caseNumber().equals(number))).hasSize(1);
    }

    @Test
    void failures_are_retried_with_backoff_until_core_banking_answers() {
        String number = releasedSale();
        coreBanking.failNext(2);

        outbox.deliverDue();
        JsonNode first = sale(number).get("delivery");
        assertThat(first.get("status").asString()).isEqualTo("PENDING");
        assertThat(first.get("attempts").asInt()).isEqualTo(1);
        assertThat(first.get("lastError").asString()).contains("unreachable");

        outbox.deliverDue();
        assertThat(sale(number).get("delivery").get("attempts").asInt()).as("not due before its backoff").isEqualTo(1);
        clock.advance(Duration.ofSeconds(5));
        outbox.deliverDue();
        assertThat(sale(number).get("delivery").get("attempts").asInt()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(10));
        outbox.deliverDue();

        JsonNode delivered = sale(number).get("delivery");
        assertThat(delivered.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(delivered.get("attempts").asInt()).isEqualTo(3);
    }

    @Test
    void after_the_last_attempt_the_order_is_failed_visible_and_can_be_retried_by_a_person() {
        String number = releasedSale();
        coreBanking.failNext(100);
        for (int attempt = 0; attempt < 12; attempt++) {
            outbox.deliverDue();
            clock.advance(Duration.ofHours(1));
        }
        JsonNode failed = sale(number).get("delivery");
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("attempts").asInt()).isEqualTo(12);
        JsonNode listed = as("compliance").get("/api/v1/sales/outbox?status=FAILED").json().valueStream()
                .filter(order -> order.get("caseNumber").asString().equals(number)).findFirst().orElseThrow();
        assertThat(as("wang").get("/api/v1/sales/outbox").status()).isEqualTo(403);

        coreBanking.failNext(0);
        assertThat(as("compliance").post("/api/v1/sales/outbox/" + listed.get("id").asLong() + "/retry", "{}").json()
                .get("requeued").asBoolean()).isTrue();
        outbox.deliverDue();
        assertThat(sale(number).get("delivery").get("status").asString()).isEqualTo("DELIVERED");
    }

    @Test
    void backoff_doubles_from_five_seconds_up_to_an_hour() {
        assertThat(OrderOutbox.backoff(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(OrderOutbox.backoff(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(OrderOutbox.backoff(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(OrderOutbox.backoff(11)).isEqualTo(Duration.ofHours(1));
    }

    private String releasedSale() {
        Registered customer = customerAged(40, "C3");
        String product = productOnShelf("R2", 90, 0);
        String number = opened(customer, product, generalFund(customer), false);
        customerConfirmed(number, customer, product, "R2");
        assertThat(submit(number).json().get("state").asString()).isEqualTo("RELEASED");
        return number;
    }
}
