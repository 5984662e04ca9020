package io.steward.reporting.internal;

import java.math.BigDecimal;

/**
 * Bands of assets under management (CNY), after the tiers retail banks in China use for their customers: below the
 * wealth-management threshold, "gold" (500 thousand), "diamond" (5 million) and private banking (10 million).
 */
enum AumBand {
    NONE(null),
    UNDER_500K(BigDecimal.ZERO),
    FROM_500K_TO_5M(new BigDecimal("500000")),
    FROM_5M_TO_10M(new BigDecimal("5000000")),
    FROM_10M(new BigDecimal("10000000"));

    /** The smallest amount in the band (amounts above zero); {@code null} for customers without assets. */
    final BigDecimal from;

    AumBand(BigDecimal from) {
        this.from = from;
    }
}
