package io.steward.product;

import java.time.LocalDate;

/**
 * A product's risk level changed after it was drafted. Holdings bought under the old level may no longer suit their
 * owners: the portfolio module rescans them.
 */
public record ProductReRated(String productCode, RiskLevel from, RiskLevel to, LocalDate on) {
}
