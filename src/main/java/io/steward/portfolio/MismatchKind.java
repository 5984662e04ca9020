package io.steward.portfolio;

/**
 * What can be wrong with what a customer already holds. The rules of DESIGN §3 apply to holdings as to new sales, with
 * the thresholds of the policy version in force; the concentration limits are the bank's
 * ({@code steward.portfolio.max-share-per-product}, {@code ...-per-issuer}).
 */
public enum MismatchKind {
    /** MATCH-1: a product above the level of the customer's valid assessment (FAILED: any product, ASSESS-2). */
    ABOVE_LEVEL("MATCH-1", true),
    /** ELDER-1: a customer of the elderly age holds a product above the highest level allowed to the elderly. */
    ELDERLY_HIGH_RISK("ELDER-1", true),
    /** FUND-2: earmarked money (pension, education ...) in a product at or above the high-risk level. */
    EARMARKED_HIGH_RISK("FUND-2", true),
    /** FUND-1: the product matures (held since + term) after the day the fund's money is needed back. */
    NEEDED_BEFORE_MATURITY("FUND-1", true),
    /** More than the configured share of the portfolio in one product (R1 products are exempt). */
    CONCENTRATION_PRODUCT("", true),
    /** More than the configured share of the portfolio with one issuer (configured issuers are exempt). */
    CONCENTRATION_ISSUER("", false),
    /** ASSESS-1: the customer holds products but has no valid assessment (none, or expired). */
    NO_VALID_ASSESSMENT("ASSESS-1", false);

    private final String ruleId;
    private final boolean aboutAProduct;

    MismatchKind(String ruleId, boolean aboutAProduct) {
        this.ruleId = ruleId;
        this.aboutAProduct = aboutAProduct;
    }

    /** The rule of the policy catalog this kind applies to holdings; empty for the bank's concentration limits. */
    public String ruleId() {
        return ruleId;
    }

    /** Its subject is a product the customer holds (and a switch out of it can be suggested). */
    public boolean aboutAProduct() {
        return aboutAProduct;
    }
}
