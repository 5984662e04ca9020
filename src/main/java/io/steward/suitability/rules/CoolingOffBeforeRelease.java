package io.steward.suitability.rules;

import io.steward.suitability.CatalogEntry;
import io.steward.suitability.CatalogEntry.Enforcement;
import io.steward.suitability.Condition;
import io.steward.suitability.RuleId;

/**
 * COOL-1 (regulation beyond the notice: China's 2021 sales rules give a 24-hour cooling-off period): for a
 * product with a cooling-off period the customer may cancel within it, and the order is released to core
 * banking only after it. The length comes from the product; the sales case times it.
 */
public final class CoolingOffBeforeRelease implements SaleRule {

    public static final CatalogEntry ENTRY = new CatalogEntry(
            RuleId.COOL_1,
            CoolingOffBeforeRelease.class.getSimpleName(),
            "Products with a cooling-off period: the customer may cancel within it; the order is released only after it.",
            "设有冷静期的产品：客户可在冷静期内撤销购买，冷静期结束后订单方可提交。",
            "regulation beyond the source (24 h in China's 2021 sales rules)",
            Enforcement.SALE_DECISION,
            "suitability: SuitabilityEngine.decideSale; sales holds the order in COOLING_OFF");

    private static final PreparedHit COOLING_OFF = PreparedHit.condition(ENTRY, "cooling-off",
            "This product has a cooling-off period: the customer may cancel within it, and the order is released to core "
                    + "banking only after it ends.",
            "该产品设有冷静期：客户可在冷静期内撤销购买，冷静期结束后订单方可提交核心系统。",
            Condition.COOLING_OFF);

    @Override
    public void evaluate(SaleContext sale, Hits hits) {
        if (sale.sale().product().coolingOffHours() > 0) {
            hits.add(COOLING_OFF);
        }
    }
}
