package io.steward.suitability.rules;

import io.steward.suitability.CatalogEntry;
import io.steward.suitability.CatalogEntry.Enforcement;
import io.steward.suitability.Condition;
import io.steward.suitability.PolicyParameters;
import io.steward.suitability.RiskLevel;
import io.steward.suitability.RuleId;

/**
 * ELDER-2: "(3) If an elderly investor aged 65 or above decides to buy a product with a risk level of R3 …
 * the person in charge above the retail banking department of the branch shall also be invited to witness
 * the sales process …, make a second risk early warning with the customer and confirm the customer's
 * purchase intention. The witness supervisor shall sign the application form". Applies from
 * {@link PolicyParameters#elderlyWitnessFrom()} up to the highest level the elderly may buy; above that
 * ELDER-1 denies.
 */
public final class ElderlyR3NeedsWitness implements SaleRule {

    public static final CatalogEntry ENTRY = new CatalogEntry(
            RuleId.ELDER_2,
            ElderlyR3NeedsWitness.class.getSimpleName(),
            "Aged 65+ buying R3: a retail banking head (branch or above) witnesses, gives a second risk warning, confirms "
                    + "intent and signs.",
            "65周岁及以上客户购买R3产品：须由分行零售银行部及以上负责人见证销售过程、进行二次风险提示、确认购买意愿并签字。",
            "(3) If an elderly investor aged 65 or above decides to buy a product with a risk level of R3…",
            Enforcement.SALE_DECISION,
            "suitability: SuitabilityEngine.decideSale; sales routes the case to a RETAIL_HEAD (AWAITING_WITNESS)");

    private final RiskLevel from;
    private final RiskLevel to;
    private final PreparedHit witness;

    public ElderlyR3NeedsWitness(PolicyParameters parameters) {
        from = parameters.elderlyWitnessFrom();
        to = parameters.highestLevelForElderly();
        witness = PreparedHit.condition(ENTRY, "elderly-witness",
                "The customer is aged " + parameters.elderlyAge() + " or above and buys a product rated "
                        + Levels.rangeEn(from, to) + ": a retail banking head of a branch or above witnesses the sale, "
                        + "gives a second risk warning, confirms the customer's intent and signs the application form.",
                "客户已年满" + parameters.elderlyAge() + "周岁并购买" + Levels.rangeZh(from, to) + "风险等级的产品："
                        + "须邀请分行零售银行部及以上负责人见证销售过程，向客户进行二次风险提示并确认购买意愿，并在交易申请书上签字确认。",
                Condition.WITNESS, Condition.SECOND_RISK_WARNING);
    }

    @Override
    public void evaluate(SaleContext sale, Hits hits) {
        RiskLevel level = sale.sale().product().riskLevel();
        if (sale.elderly() && level.isAtLeast(from) && !level.isAbove(to)) {
            hits.add(witness);
        }
    }
}
