package io.steward.suitability.rules;

import io.steward.suitability.CatalogEntry;
import io.steward.suitability.CatalogEntry.Enforcement;
import io.steward.suitability.ProposedSale;
import io.steward.suitability.RuleId;

/**
 * FUND-1: "short-term funds cannot be used for long-term investment". The product matures on the decision
 * date plus its term; that day must not be after the day the customer needs the money back (maturing on
 * that very day covers it). Open-ended products (term 0) can be redeemed at any time and always pass.
 */
public final class ShortTermMoneyStaysShortTerm implements SaleRule {

    public static final CatalogEntry ENTRY = new CatalogEntry(
            RuleId.FUND_1,
            ShortTermMoneyStaysShortTerm.class.getSimpleName(),
            "Short-term money may not go into long-term products: the fund's horizon must cover the product's term.",
            "短期资金不得用于长期投资：资金的可用期限必须覆盖产品期限。",
            "short-term funds cannot be used for long-term investment",
            Enforcement.SALE_DECISION,
            "suitability: SuitabilityEngine.decideSale; customer keeps the funds and their horizons");

    private static final PreparedHit TERM_BEYOND_HORIZON = PreparedHit.deny(ENTRY, "term-beyond-horizon",
            "The product matures after the date the customer needs this money back: short-term funds cannot be used for "
                    + "long-term investment.",
            "产品到期日晚于客户需要收回该笔资金的日期：短期资金不得用于长期投资。");

    @Override
    public void evaluate(SaleContext sale, Hits hits) {
        ProposedSale input = sale.sale();
        int term = input.product().termDays();
        if (term > 0 && input.decisionDate().toEpochDay() + term > input.fund().neededBackOn().toEpochDay()) {
            hits.add(TERM_BEYOND_HORIZON);
        }
    }
}
