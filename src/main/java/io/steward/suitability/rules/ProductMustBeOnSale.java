package io.steward.suitability.rules;

import io.steward.suitability.CatalogEntry;
import io.steward.suitability.CatalogEntry.Enforcement;
import io.steward.suitability.ProductFacts;
import io.steward.suitability.ProductStatus;
import io.steward.suitability.ProposedSale;
import io.steward.suitability.RuleId;

import java.time.LocalDate;

/**
 * PROD-1 (product shelf): the product is ACTIVE, the decision date lies inside its sale window (both ends
 * inclusive, no end for a product sold continuously), the amount reaches its minimum subscription, and the
 * subscription is in the product's currency and the fund's. Each failure is its own hit.
 */
public final class ProductMustBeOnSale implements SaleRule {

    public static final CatalogEntry ENTRY = new CatalogEntry(
            RuleId.PROD_1,
            ProductMustBeOnSale.class.getSimpleName(),
            "The product is on sale (active, inside its sale window) and the amount meets its minimum, in the product's currency.",
            "产品处于在售状态（已上架且在销售期内），认购金额不低于起购金额，且币种与产品一致。",
            "product shelf",
            Enforcement.SALE_DECISION,
            "suitability: SuitabilityEngine.decideSale; product keeps the shelf");

    private static final PreparedHit[] NOT_ACTIVE = new PreparedHit[ProductStatus.values().length];

    static {
        NOT_ACTIVE[ProductStatus.DRAFT.ordinal()] = PreparedHit.deny(ENTRY, "not-active",
                "The product is still a draft and not on sale.", "该产品尚未上架发售。");
        NOT_ACTIVE[ProductStatus.SUSPENDED.ordinal()] = PreparedHit.deny(ENTRY, "not-active",
                "The product's sale is suspended.", "该产品已暂停销售。");
        NOT_ACTIVE[ProductStatus.CLOSED.ordinal()] = PreparedHit.deny(ENTRY, "not-active",
                "The product is closed and no longer sold.", "该产品已关闭，不再销售。");
    }

    private static final PreparedHit BEFORE_WINDOW = PreparedHit.deny(ENTRY, "before-sale-window",
            "The product's sale window has not opened yet.", "该产品尚未进入销售期。");
    private static final PreparedHit AFTER_WINDOW = PreparedHit.deny(ENTRY, "after-sale-window",
            "The product's sale window has closed.", "该产品的销售期已结束。");
    private static final PreparedHit BELOW_MINIMUM = PreparedHit.deny(ENTRY, "below-minimum",
            "The amount is below the product's minimum subscription.", "认购金额低于产品起购金额。");
    private static final PreparedHit CURRENCY_MISMATCH = PreparedHit.deny(ENTRY, "currency-mismatch",
            "The subscription currency differs from the product's currency.", "认购币种与产品币种不一致。");
    private static final PreparedHit FUND_CURRENCY_MISMATCH = PreparedHit.deny(ENTRY, "fund-currency-mismatch",
            "The fund's currency differs from the subscription currency.", "资金币种与认购币种不一致。");

    @Override
    public void evaluate(SaleContext sale, Hits hits) {
        ProposedSale input = sale.sale();
        ProductFacts product = input.product();
        LocalDate date = input.decisionDate();
        if (product.status() != ProductStatus.ACTIVE) {
            hits.add(NOT_ACTIVE[product.status().ordinal()]);
        }
        if (date.isBefore(product.saleOpensOn())) {
            hits.add(BEFORE_WINDOW);
        } else if (product.saleClosesOn() != null && date.isAfter(product.saleClosesOn())) {
            hits.add(AFTER_WINDOW);
        }
        if (!input.request().currency().equals(product.currency())) {
            hits.add(CURRENCY_MISMATCH);
        } else if (input.request().amount().compareTo(product.minimumAmount()) < 0) {
            hits.add(BELOW_MINIMUM);
        }
        if (!input.fund().currency().equals(input.request().currency())) {
            hits.add(FUND_CURRENCY_MISMATCH);
        }
    }
}
