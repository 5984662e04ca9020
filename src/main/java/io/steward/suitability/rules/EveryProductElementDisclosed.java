package io.steward.suitability.rules;

import io.steward.suitability.CatalogEntry;
import io.steward.suitability.CatalogEntry.Enforcement;
import io.steward.suitability.RuleId;

/**
 * CONF-2: "the wealth management personnel should fully explain all product elements such as product
 * functions, benefits, product terms and risk characteristics to customers". The sales disclosure shows
 * each element and the customer channel records that the customer opened it; the engine states the
 * obligation on every sale that goes ahead. Evaluated after every rule that can deny.
 */
public final class EveryProductElementDisclosed implements SaleRule {

    public static final CatalogEntry ENTRY = new CatalogEntry(
            RuleId.CONF_2,
            EveryProductElementDisclosed.class.getSimpleName(),
            "The disclosure shows every product element (function, benefits, terms, risk characteristics); the customer must "
                    + "open each before acknowledging.",
            "产品说明须展示全部产品要素（功能、收益、条款、风险特征），客户须逐项打开阅读后方可确认。",
            "fully explain all product elements",
            Enforcement.SALE_OBLIGATION,
            "sales builds the disclosure; confirmation records each element opened; suitability states it on every sale not denied");

    private static final PreparedHit OBLIGATION = PreparedHit.obligation(ENTRY,
            "Disclose every product element (function, benefits, terms, risk characteristics); the customer opens each one "
                    + "before acknowledging the disclosure.",
            "须展示全部产品要素（功能、收益、条款、风险特征），客户逐项打开阅读后方可确认产品说明。");

    @Override
    public void evaluate(SaleContext sale, Hits hits) {
        if (!hits.denied()) {
            hits.add(OBLIGATION);
        }
    }
}
