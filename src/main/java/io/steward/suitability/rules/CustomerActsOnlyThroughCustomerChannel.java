package io.steward.suitability.rules;

import io.steward.suitability.CatalogEntry;
import io.steward.suitability.CatalogEntry.Enforcement;
import io.steward.suitability.RuleId;

/**
 * CONF-1: the notice's "(2) Compliance sales", items 1–5: staff do not decide for the customer, copy their
 * statements, fill in their documents or handle the subscription on their behalf. In Steward the
 * customer's own acts come only through the customer channel. The confirmation module enforces it; the
 * engine states it on every sale that goes ahead, so the sales process and an auditor see it. Evaluated
 * after every rule that can deny.
 */
public final class CustomerActsOnlyThroughCustomerChannel implements SaleRule {

    public static final CatalogEntry ENTRY = new CatalogEntry(
            RuleId.CONF_1,
            CustomerActsOnlyThroughCustomerChannel.class.getSimpleName(),
            "The customer's own acts (confirming answers, acknowledging the disclosure, copying the risk statement, the "
                    + "special statement, confirming or cancelling) come only through the customer channel; staff can neither "
                    + "perform nor see the codes.",
            "客户本人的行为（确认评估答案、确认已阅读产品说明、抄录风险揭示语句、书写特别声明、确认或撤销购买）只能通过客户渠道完成；"
                    + "员工既不能代为操作，也不能查看验证码。",
            "\"(2) Compliance sales\" items 1–5",
            Enforcement.SALE_OBLIGATION,
            "confirmation: the customer channel and its one-time codes; suitability states it on every sale not denied");

    private static final PreparedHit OBLIGATION = PreparedHit.obligation(ENTRY,
            "The customer confirms, acknowledges, copies the risk statement, writes any special statement and confirms or "
                    + "cancels only through the customer channel; staff do none of it for them and never see the codes.",
            "客户须本人通过客户渠道完成确认、阅读确认、抄录风险揭示语句、书写特别声明以及确认或撤销购买；员工不得代为操作，也不得查看验证码。");

    @Override
    public void evaluate(SaleContext sale, Hits hits) {
        if (!hits.denied()) {
            hits.add(OBLIGATION);
        }
    }
}
