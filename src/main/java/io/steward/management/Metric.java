package io.steward.management;

/**
 * What a target measures (Articles 3 and 9). Additive metrics add up from individuals to teams to the department;
 * satisfaction is an average score (1–5), so each part must reach the whole's target instead.
 */
public enum Metric {
    /** Volume sold, in CNY. */
    SALES_VOLUME(true),
    /** Growth of assets under management, in CNY. */
    AUM_GROWTH(true),
    NEW_CUSTOMERS(true),
    /** Customers whose AUM is above the quality threshold. */
    QUALITY_CUSTOMERS(true),
    /** Customer contacts logged. */
    CONTACTS(true),
    /** Average satisfaction survey score, 1–5. */
    SATISFACTION(false);

    private final boolean additive;

    Metric(boolean additive) {
        this.additive = additive;
    }

    public boolean additive() {
        return additive;
    }
}
