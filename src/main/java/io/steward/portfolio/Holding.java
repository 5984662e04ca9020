package io.steward.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A position: units of a product a customer holds, bought with one of their funds, what it cost and what it was worth
 * on its valuation date (amounts in the bank's reporting currency, as core banking values them). {@code heldSince}:
 * the day the position was opened (the product's term counts from it).
 */
public record Holding(long customerId, String productCode, long fundId, BigDecimal units, BigDecimal cost,
        BigDecimal marketValue, LocalDate valuationDate, LocalDate heldSince, Source source) {

    public enum Source { SALE, IMPORT }
}
