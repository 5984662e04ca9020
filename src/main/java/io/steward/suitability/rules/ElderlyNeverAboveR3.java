package io.steward.suitability.rules;

import io.steward.suitability.CatalogEntry;
import io.steward.suitability.CatalogEntry.Enforcement;
import io.steward.suitability.PolicyParameters;
import io.steward.suitability.RiskLevel;
import io.steward.suitability.RuleId;

/**
 * ELDER-1: "it is forbidden to sell products with a risk rating of R4 or above to elderly investors
 * regardless of the customer risk assessment results". R3 is the default of
 * {@link PolicyParameters#highestLevelForElderly()}; the age is counted on the decision date.
 */
public final class ElderlyNeverAboveR3 implements SaleRule {

    public static final CatalogEntry ENTRY = new CatalogEntry(
            RuleId.ELDER_1,
            ElderlyNeverAboveR3.class.getSimpleName(),
            "Aged 65+ on the sale date: never R4 or above, whatever the assessment.",
            "销售当日年满65周岁的客户：无论风险评估结果如何，均不得购买R4及以上风险等级的产品。",
            "forbidden to sell products with a risk rating of R4 or above to elderly investors",
            Enforcement.SALE_DECISION,
            "suitability: SuitabilityEngine.decideSale");

    private final RiskLevel highest;
    private final PreparedHit aboveCeiling;

    public ElderlyNeverAboveR3(PolicyParameters parameters) {
        highest = parameters.highestLevelForElderly();
        aboveCeiling = PreparedHit.deny(ENTRY, "above-elderly-ceiling",
                "The customer is aged " + parameters.elderlyAge() + " or above: products rated above " + highest
                        + " may not be sold to them, whatever their assessment.",
                "客户已年满" + parameters.elderlyAge() + "周岁：无论风险评估结果如何，均不得向其销售风险等级高于" + highest + "的产品。");
    }

    @Override
    public void evaluate(SaleContext sale, Hits hits) {
        if (sale.elderly() && sale.sale().product().riskLevel().isAbove(highest)) {
            hits.add(aboveCeiling);
        }
    }
}
