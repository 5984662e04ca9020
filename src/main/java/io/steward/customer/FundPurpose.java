package io.steward.customer;

/**
 * What money the customer brings is for. FUND-2: "funds with specific purposes or sources, such as pensions,
 * retirement funds, education funds, etc., cannot be used for investment in high-risk products"; which purposes count
 * as earmarked is a parameter of the policy version in force ({@code suitability.PolicyParameters#earmarks}).
 */
public enum FundPurpose {
    GENERAL,
    PENSION,
    RETIREMENT,
    EDUCATION,
    MEDICAL,
    HOUSING
}
