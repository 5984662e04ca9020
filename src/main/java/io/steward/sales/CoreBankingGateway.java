package io.steward.sales;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The edge to core banking, which Steward does not own: a released order is delivered at least once, always with
 * the same idempotency key, so core banking books it once however often it arrives.
 */
public interface CoreBankingGateway {

    /** Delivers the order; returns core banking's reference, or throws when it could not be delivered. */
    String deliver(Order order);

    record Order(String idempotencyKey, String caseNumber, String customerNumber, String productCode,
            BigDecimal amount, String currency, long fundId, Instant releasedAt) {
    }
}
