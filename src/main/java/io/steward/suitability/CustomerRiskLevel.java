package io.steward.suitability;

/**
 * The result of a customer's risk tolerance assessment: C1 (conservative) to C5 (aggressive), or FAILED.
 * Cn may be sold products up to Rn; FAILED may be sold nothing ("Customers who fail the risk tolerance
 * test are not allowed to buy any wealth management products or investment products"). The declaration
 * order is the scale, FAILED lowest: do not reorder.
 */
public enum CustomerRiskLevel {
    FAILED, C1, C2, C3, C4, C5;

    /** Whether a product of that level is within this tolerance: Cn up to Rn, never for FAILED. */
    public boolean covers(RiskLevel product) {
        return product.number() <= ordinal();
    }

    /** The highest product level within this tolerance; {@code null} for FAILED. */
    public RiskLevel highestProductLevel() {
        return this == FAILED ? null : RiskLevel.values()[ordinal() - 1];
    }

    /** A rise on the scale (FAILED → C1 counts as a rise), as ASSESS-3 flags it. */
    public boolean isAbove(CustomerRiskLevel other) {
        return ordinal() > other.ordinal();
    }
}
