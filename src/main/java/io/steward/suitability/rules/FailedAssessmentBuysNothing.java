package io.steward.suitability.rules;

import io.steward.suitability.CatalogEntry;
import io.steward.suitability.CatalogEntry.Enforcement;
import io.steward.suitability.CustomerRiskLevel;
import io.steward.suitability.RuleId;

/**
 * ASSESS-2: "Customers who fail the risk tolerance test are not allowed to buy any wealth management
 * products or investment products." Applies to the latest assessment whether or not it still stands: a
 * FAILED result is never a reason to sell.
 */
public final class FailedAssessmentBuysNothing implements SaleRule {

    public static final CatalogEntry ENTRY = new CatalogEntry(
            RuleId.ASSESS_2,
            FailedAssessmentBuysNothing.class.getSimpleName(),
            "A FAILED assessment blocks every wealth-management and investment product.",
            "风险承受能力评估未通过的客户，不得购买任何理财产品或投资产品。",
            "Customers who fail the risk tolerance test…",
            Enforcement.SALE_DECISION,
            "suitability: SuitabilityEngine.decideSale");

    private static final PreparedHit FAILED = PreparedHit.deny(ENTRY, "failed",
            "The customer failed the risk tolerance assessment: no wealth-management or investment product may be sold to them.",
            "客户未通过风险承受能力评估：不得向其销售任何理财产品或投资产品。");

    @Override
    public void evaluate(SaleContext sale, Hits hits) {
        if (sale.sale().assessment() != null && sale.sale().assessment().level() == CustomerRiskLevel.FAILED) {
            hits.add(FAILED);
        }
    }
}
