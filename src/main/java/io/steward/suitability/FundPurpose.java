package io.steward.suitability;

/**
 * What the customer's money is for. The notice names "pensions, retirement funds, education funds, etc."
 * as money with a specific purpose; the default policy also treats medical reserves and home-purchase
 * savings as earmarked (see {@link PolicyParameters#earmarkedPurposes()}), because they share what the
 * notice protects: money needed for a fixed purpose that the customer cannot afford to lose.
 */
public enum FundPurpose {
    /** Savings with no specific purpose: the only purpose the default policy lets into high risk. */
    GENERAL,
    PENSION,
    RETIREMENT,
    EDUCATION,
    MEDICAL,
    HOUSING
}
