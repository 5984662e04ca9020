package io.steward.customer;

/**
 * The result of a risk-tolerance assessment: C1 (conservative) to C5 (aggressive), or FAILED, which blocks every
 * wealth-management and investment product (ASSESS-2). The customer module names it because it is what the client
 * book shows and filters by; the assessment module computes it.
 */
public enum CustomerRiskLevel {
    FAILED,
    C1,
    C2,
    C3,
    C4,
    C5;

    public boolean isHigherThan(CustomerRiskLevel other) {
        return compareTo(other) > 0;
    }
}
