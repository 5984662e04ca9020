package io.steward.product;

/** What kind of investment a product is. */
public enum ProductType {
    CASH_MANAGEMENT,
    FIXED_INCOME,
    MIXED,
    EQUITY,
    STRUCTURED,
    ALTERNATIVE
}
