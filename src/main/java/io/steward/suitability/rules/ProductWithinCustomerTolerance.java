package io.steward.suitability.rules;

import io.steward.suitability.CatalogEntry;
import io.steward.suitability.CatalogEntry.Enforcement;
import io.steward.suitability.Condition;
import io.steward.suitability.CustomerRiskLevel;
import io.steward.suitability.RiskLevel;
import io.steward.suitability.RuleId;

/**
 * MATCH-1: "Personal financial practitioners can only recommend customers to buy financial products with
 * product risk level suitable for customers' personal risk tolerance." A product above the customer's
 * level is denied when the practitioner proposed it. When the customer asked for it themselves, it is
 * allowed on conditions: the practitioner reiterates the risk and suggests suitable alternatives
 * (RISK_REITERATION), the customer writes and signs a special statement, and a retail banking head
 * witnesses and signs. The notice asks no second risk warning here, unlike ELDER-2. MATCH-2 closes this
 * override to the elderly and minors; REC-1 adds the recording.
 *
 * <p>Only judged against an assessment that stands and is not FAILED: otherwise ASSESS-1 or ASSESS-2 has
 * already denied the sale and an old level says nothing.
 */
public final class ProductWithinCustomerTolerance implements SaleRule {

    public static final CatalogEntry ENTRY = new CatalogEntry(
            RuleId.MATCH_1,
            ProductWithinCustomerTolerance.class.getSimpleName(),
            "Staff may only recommend products at or below the customer's level. A customer may ask for a higher one: "
                    + "then the risk is reiterated, suitable alternatives are shown, the customer writes and signs a special "
                    + "statement, and a retail banking head witnesses and signs.",
            "员工只能推荐风险等级不高于客户风险承受能力的产品。客户主动要求购买更高风险等级的产品时，须重申产品风险、"
                    + "推荐适合的其他产品，由客户书写并签署特别声明，并由零售银行负责人见证并签字。",
            "When a customer voluntarily requests to buy a product with a risk level higher…",
            Enforcement.SALE_DECISION,
            "suitability: SuitabilityEngine.decideSale; sales runs the statement and witness steps");

    private static final int LEVELS = CustomerRiskLevel.values().length;
    private static final int PRODUCTS = RiskLevel.values().length;

    /** Indexed [customer level][product level], built once: the explanation names both levels. */
    private static final PreparedHit[][] PROPOSED_BY_STAFF = new PreparedHit[LEVELS][PRODUCTS];
    private static final PreparedHit[][] ASKED_BY_CUSTOMER = new PreparedHit[LEVELS][PRODUCTS];

    static {
        for (CustomerRiskLevel customer : CustomerRiskLevel.values()) {
            if (customer == CustomerRiskLevel.FAILED) {
                continue;
            }
            for (RiskLevel product : RiskLevel.values()) {
                if (customer.covers(product)) {
                    continue;
                }
                String levelsEn = "This " + product + " product is above the customer's " + customer
                        + " risk tolerance (up to " + customer.highestProductLevel() + ")";
                String levelsZh = "该" + product + "产品超出客户" + customer + "的风险承受能力（最高"
                        + customer.highestProductLevel() + "）";
                PROPOSED_BY_STAFF[customer.ordinal()][product.ordinal()] = PreparedHit.deny(ENTRY, "proposed-by-staff",
                        levelsEn + ": staff may only recommend products at or below the customer's level; only the "
                                + "customer may ask for a higher one, on their own initiative.",
                        levelsZh + "：员工只能推荐不高于客户风险承受能力的产品；只有客户本人主动要求时方可考虑更高风险等级的产品。");
                ASKED_BY_CUSTOMER[customer.ordinal()][product.ordinal()] = PreparedHit.condition(ENTRY, "asked-by-customer",
                        levelsEn + " and the customer asked for it themselves: reiterate the product's risk, explain that it "
                                + "exceeds their tolerance and show suitable alternatives; if they insist, they write and sign a "
                                + "special statement, and a retail banking head of a branch or above witnesses the sale and "
                                + "signs the application form.",
                        levelsZh + "，系客户主动要求购买：须重申产品风险，说明其超出客户风险承受能力，并推荐适合的其他产品；"
                                + "客户仍坚持购买的，须书写特别声明并签字确认，并由分行零售银行部及以上负责人见证销售过程、"
                                + "在交易申请书上签字。",
                        Condition.RISK_REITERATION, Condition.SPECIAL_STATEMENT, Condition.WITNESS);
            }
        }
    }

    @Override
    public void evaluate(SaleContext sale, Hits hits) {
        if (!sale.aboveTolerance()) {
            return;
        }
        int customer = sale.sale().assessment().level().ordinal();
        int product = sale.sale().product().riskLevel().ordinal();
        hits.add(sale.override() ? ASKED_BY_CUSTOMER[customer][product] : PROPOSED_BY_STAFF[customer][product]);
    }
}
