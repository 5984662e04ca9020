package io.steward.sales;

import java.math.BigDecimal;
import java.time.Instant;

/** A sale was released to core banking: the customer now holds the product (the portfolio reacts to this). */
public record SaleReleased(String caseNumber, long customerId, String customerNumber, String productCode,
        BigDecimal amount, String currency, long fundId, String practitioner, Instant releasedAt) {
}
