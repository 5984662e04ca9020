package io.steward.customer;

/** Annual personal income, in CNY. */
public enum IncomeBand {
    NONE,
    UNDER_100K,
    FROM_100K_TO_300K,
    FROM_300K_TO_1M,
    OVER_1M
}
