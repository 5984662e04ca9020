package io.steward.customer;

/** Years of experience with investment products beyond deposits and treasury bonds. */
public enum InvestmentExperience {
    NONE,
    UNDER_2_YEARS,
    FROM_2_TO_5_YEARS,
    FROM_5_TO_10_YEARS,
    OVER_10_YEARS
}
