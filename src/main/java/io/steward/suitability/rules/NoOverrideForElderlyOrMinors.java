package io.steward.suitability.rules;

import io.steward.suitability.CatalogEntry;
import io.steward.suitability.CatalogEntry.Enforcement;
import io.steward.suitability.PolicyParameters;
import io.steward.suitability.RuleId;

/**
 * MATCH-2: the MATCH-1 override is closed to the elderly and to minors, "However, customers are elderly
 * customers over 65 years old or underage customers under 18 years old", and for the elderly "(1) Older
 * investors can only buy wealth management products that match their risk tolerance assessment results".
 */
public final class NoOverrideForElderlyOrMinors implements SaleRule {

    public static final CatalogEntry ENTRY = new CatalogEntry(
            RuleId.MATCH_2,
            NoOverrideForElderlyOrMinors.class.getSimpleName(),
            "The MATCH-1 override is never open to customers aged 65+ or under 18.",
            "MATCH-1 的超风险承受能力购买不适用于65周岁及以上或未满18周岁的客户。",
            "However, customers are elderly customers over 65 years old or underage customers under 18 years old.",
            Enforcement.SALE_DECISION,
            "suitability: SuitabilityEngine.decideSale");

    private final PreparedHit elderly;
    private final PreparedHit minor;

    public NoOverrideForElderlyOrMinors(PolicyParameters parameters) {
        elderly = PreparedHit.deny(ENTRY, "elderly",
                "A customer aged " + parameters.elderlyAge() + " or above may only buy products that match their "
                        + "assessment: buying above their tolerance is not open to them, even at their own request.",
                parameters.elderlyAge() + "周岁及以上的客户只能购买与其风险承受能力评估结果相匹配的产品：即使客户主动要求，"
                        + "也不得购买超出其风险承受能力的产品。");
        minor = PreparedHit.deny(ENTRY, "minor",
                "A customer under " + parameters.minorAge() + " may not buy above their tolerance, even at their own request.",
                "未满" + parameters.minorAge() + "周岁的客户即使主动要求，也不得购买超出其风险承受能力的产品。");
    }

    @Override
    public void evaluate(SaleContext sale, Hits hits) {
        if (!sale.override()) {
            return;
        }
        if (sale.elderly()) {
            hits.add(elderly);
        } else if (sale.minor()) {
            hits.add(minor);
        }
    }
}
