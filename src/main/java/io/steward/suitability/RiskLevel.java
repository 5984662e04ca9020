package io.steward.suitability;

/**
 * A product's risk rating on the bank's scale, R1 (lowest) to R5 (highest). The declaration order is
 * the scale: do not reorder.
 */
public enum RiskLevel {
    R1, R2, R3, R4, R5;

    /** 1 for R1 … 5 for R5. */
    public int number() {
        return ordinal() + 1;
    }

    public boolean isAbove(RiskLevel other) {
        return ordinal() > other.ordinal();
    }

    public boolean isAtLeast(RiskLevel other) {
        return ordinal() >= other.ordinal();
    }
}
