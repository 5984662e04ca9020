package io.steward.customer;

/**
 * What money the customer brings is for. FUND-2: "funds with specific purposes or sources, such as pensions,
 * retirement funds, education funds, etc., cannot be used for investment in high-risk products".
 */
public enum FundPurpose {
    GENERAL,
    PENSION,
    RETIREMENT,
    EDUCATION,
    MEDICAL,
    HOUSING;

    /** Money set aside for a specific need (FUND-2 keeps it out of high-risk products). */
    public boolean earmarked() {
        return this != GENERAL;
    }
}
