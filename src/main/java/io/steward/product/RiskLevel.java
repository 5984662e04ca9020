package io.steward.product;

/**
 * A product's risk rating on the bank's scale, R1 (lowest) to R5 (highest). A customer assessed Cn may be sold up to
 * Rn (DESIGN §3). The declaration order is the scale.
 */
public enum RiskLevel {
    R1, R2, R3, R4, R5
}
