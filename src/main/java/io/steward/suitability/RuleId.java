package io.steward.suitability;

/**
 * The stable ids of the policy catalog (DESIGN §3). They appear in decisions, the audit trail and the
 * API, so a constant is never renamed or reused; {@link #code()} is the printed form ({@code "ELDER-1"}).
 */
public enum RuleId {
    QUAL_1("QUAL-1"),
    ASSESS_1("ASSESS-1"),
    ASSESS_2("ASSESS-2"),
    ASSESS_3("ASSESS-3"),
    ASSESS_4("ASSESS-4"),
    MATCH_1("MATCH-1"),
    MATCH_2("MATCH-2"),
    ELDER_1("ELDER-1"),
    ELDER_2("ELDER-2"),
    MINOR_1("MINOR-1"),
    FUND_1("FUND-1"),
    FUND_2("FUND-2"),
    PROD_1("PROD-1"),
    CONF_1("CONF-1"),
    CONF_2("CONF-2"),
    MAT_1("MAT-1"),
    COOL_1("COOL-1"),
    REC_1("REC-1"),
    REC_2("REC-2"),
    PRIV_1("PRIV-1");

    private final String code;

    RuleId(String code) {
        this.code = code;
    }

    /** The id as printed in DESIGN §3, the audit trail and the API: {@code "MATCH-1"}. */
    public String code() {
        return code;
    }

    /** The rule id printed as {@code code}; rejects anything that is not in the catalog. */
    public static RuleId ofCode(String code) {
        for (RuleId id : values()) {
            if (id.code.equals(code)) {
                return id;
            }
        }
        throw new IllegalArgumentException("no rule " + code + " in the policy catalog");
    }

    @Override
    public String toString() {
        return code;
    }
}
