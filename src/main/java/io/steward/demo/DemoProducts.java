package io.steward.demo;

import static io.steward.product.ProductType.ALTERNATIVE;
import static io.steward.product.ProductType.CASH_MANAGEMENT;
import static io.steward.product.ProductType.EQUITY;
import static io.steward.product.ProductType.FIXED_INCOME;
import static io.steward.product.ProductType.MIXED;
import static io.steward.product.ProductType.STRUCTURED;
import static io.steward.product.RiskLevel.R1;
import static io.steward.product.RiskLevel.R2;
import static io.steward.product.RiskLevel.R3;
import static io.steward.product.RiskLevel.R4;
import static io.steward.product.RiskLevel.R5;

import io.steward.product.OfficialMaterials;
import io.steward.product.OfficialMaterials.NewMaterial;
import io.steward.product.Product;
import io.steward.product.ProductAdministration;
import io.steward.product.ProductAdministration.NewProduct;
import io.steward.product.ProductAdministration.StatusChange;
import io.steward.product.ProductStatus;
import io.steward.product.ProductType;
import io.steward.product.RiskLevel;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The demo shelf: ten products on sale covering R1 to R5 and every type (among them a 90-day and a 365-day
 * fixed-income product, open-ended cash, a capital-protected note and an R4 equity fund with a 24-hour cooling-off),
 * one suspended and one still in draft. Each has an official brochure published by the head office's product
 * officer {@code product}.
 */
@Component
class DemoProducts implements DemoStep {

    static final String OFFICER = "product";

    record DemoProduct(String code, String name, ProductType type, RiskLevel risk, int termDays, boolean protectedCapital,
            String minimum, String currency, boolean openEndedSale, int coolingOffHours, ProductStatus status,
            String function, String benefits, String terms, String risks) {
    }

    static final List<DemoProduct> SHELF = List.of(
            new DemoProduct("CASH-DAILY", "Daily Cash Plus 天天利", CASH_MANAGEMENT, R1, 0, false, "1.00", "CNY", true, 0,
                    ProductStatus.ACTIVE, "Keeps day-to-day cash working while it stays available every business day.",
                    "Returns follow money-market rates; past returns do not promise future ones.",
                    "Open-ended: subscribe and redeem on any business day; redemptions arrive the next business day.",
                    "Very low risk: money-market instruments and deposits; returns can fall with market rates."),
            new DemoProduct("FI-90D", "Steady Income 90D 稳健收益90天", FIXED_INCOME, R2, 90, false, "10000.00", "CNY", false, 0,
                    ProductStatus.ACTIVE, "Invests in high-grade bonds and deposits for a fixed 90-day term.",
                    "Income from the coupons of the bonds held; the return is not guaranteed.",
                    "90-day term; no redemption before maturity; principal and income paid two business days after.",
                    "Low to medium risk: bond prices and issuers' credit can reduce the return; not a deposit."),
            new DemoProduct("FI-365D", "Steady Income 365D 稳健收益365天", FIXED_INCOME, R2, 365, false, "50000.00", "CNY", false, 24,
                    ProductStatus.ACTIVE, "Invests in high-grade bonds for a fixed one-year term.",
                    "Income from bond coupons over a year; the return is not guaranteed.",
                    "365-day term; no redemption before maturity; 24-hour cooling-off after subscription.",
                    "Low to medium risk: interest-rate and credit risk; the money is locked for a year."),
            new DemoProduct("SN-PROTECT-180", "Principal-Protected Note 180D 保本结构性存款180天", STRUCTURED, R1, 180, true,
                    "50000.00", "CNY", false, 0, ProductStatus.ACTIVE,
                    "A structured deposit that returns the principal at maturity with a return linked to gold prices.",
                    "Principal protected at maturity; an extra return if gold ends within the agreed range.",
                    "180-day term; principal protection applies only if held to maturity.",
                    "Low risk: the linked return may be zero; early exit is not possible."),
            new DemoProduct("MX-BALANCED-1Y", "Balanced Mix 1Y 平衡混合一年", MIXED, R3, 365, false, "10000.00", "CNY", false, 24,
                    ProductStatus.ACTIVE, "Spreads the money between bonds (about 70%) and equities (about 30%).",
                    "Seeks a return above bond products over a year with moderate swings.",
                    "365-day term; quarterly valuation reports; 24-hour cooling-off after subscription.",
                    "Medium risk: the equity part can lose value; the return is not guaranteed and can be negative."),
            new DemoProduct("MX-CONSERVATIVE-6M", "Conservative Mix 6M 稳健混合六个月", MIXED, R2, 180, false, "10000.00", "CNY", false, 0,
                    ProductStatus.ACTIVE, "Mostly bonds with a small equity sleeve (at most 10%).",
                    "Seeks a steady return over six months.",
                    "180-day term; no redemption before maturity.",
                    "Low to medium risk: bond and equity prices can reduce the return."),
            new DemoProduct("EQ-GROWTH", "Growth Equity Fund 成长股票基金", EQUITY, R4, 0, false, "1000.00", "CNY", true, 24,
                    ProductStatus.ACTIVE, "An open-ended fund investing in growth companies listed in Shanghai and Shenzhen.",
                    "Long-term capital growth from equities.",
                    "Open-ended: subscribe and redeem on trading days; 24-hour cooling-off after subscription.",
                    "Medium-high risk: share prices can fall sharply; the principal can be lost in part."),
            new DemoProduct("SN-FX-LINKED", "FX-Linked Note 汇率挂钩结构性产品", STRUCTURED, R4, 90, false, "100000.00", "USD", false, 24,
                    ProductStatus.ACTIVE, "A note whose return depends on the USD/CNY exchange rate at maturity.",
                    "A higher coupon if the exchange rate stays within the agreed range.",
                    "90-day term in US dollars; 24-hour cooling-off after subscription.",
                    "Medium-high risk: exchange-rate moves can reduce the return and the principal."),
            new DemoProduct("FI-USD-BOND", "USD Bond Income 美元债券收益", FIXED_INCOME, R3, 180, false, "5000.00", "USD", false, 24,
                    ProductStatus.ACTIVE, "Invests in US-dollar bonds of investment-grade issuers.",
                    "Income from US-dollar coupons.",
                    "180-day term in US dollars; 24-hour cooling-off after subscription.",
                    "Medium risk: interest-rate, credit and exchange-rate risk."),
            new DemoProduct("ALT-PE-3Y", "Private Equity Access 3Y 私募股权通道三年", ALTERNATIVE, R5, 1095, false, "1000000.00", "CNY", false, 24,
                    ProductStatus.ACTIVE, "Access to a portfolio of private-equity funds for qualified investors.",
                    "Seeks high long-term returns from unlisted companies.",
                    "Three-year term with no early exit; 24-hour cooling-off after subscription.",
                    "High risk: the investment can be lost entirely and cannot be sold before the term ends."),
            new DemoProduct("EQ-TECH", "Tech Innovation Fund 科技创新基金", EQUITY, R5, 0, false, "1000.00", "CNY", true, 24,
                    ProductStatus.SUSPENDED, "An open-ended fund investing in technology companies.",
                    "Long-term capital growth from a concentrated sector.",
                    "Open-ended; 24-hour cooling-off after subscription.",
                    "High risk: a single sector; prices can fall sharply."),
            new DemoProduct("FI-2Y-PLUS", "Income Plus 2Y 增利两年", FIXED_INCOME, R3, 730, false, "50000.00", "CNY", false, 24,
                    ProductStatus.DRAFT, "Invests in bonds for a two-year term.", "Income from bond coupons.", null, null));

    private final ProductAdministration administration;
    private final OfficialMaterials materials;
    private final Clock clock;

    DemoProducts(ProductAdministration administration, OfficialMaterials materials, Clock clock) {
        this.administration = administration;
        this.materials = materials;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "products";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void seed() {
        LocalDate today = LocalDate.now(clock);
        for (DemoProduct demo : SHELF) {
            Product product = administration.create(new NewProduct(demo.code(), demo.name(), "Steward Bank Wealth Management",
                    demo.type(), demo.risk(), demo.termDays(), demo.protectedCapital(), new BigDecimal(demo.minimum()),
                    demo.currency(), today.minusDays(30), demo.openEndedSale() ? null : today.plusDays(150),
                    demo.coolingOffHours(), demo.function(), demo.benefits(), demo.terms(), demo.risks()));
            materials.publish(demo.code(), new NewMaterial("Product brochure", "2026.1", demo.code() + "-brochure.pdf",
                    DemoPdf.of(List.of(demo.code() + " - product brochure", "Risk level " + demo.risk() + ", term "
                            + (demo.termDays() == 0 ? "open-ended" : demo.termDays() + " days"), demo.function(),
                            "Published by the retail banking department, Steward Bank Head Office."))), OFFICER);
            if (demo.status() != ProductStatus.DRAFT) {
                product = administration.changeStatus(demo.code(), new StatusChange(ProductStatus.ACTIVE, null, product.version()));
            }
            if (demo.status() == ProductStatus.SUSPENDED) {
                administration.changeStatus(demo.code(), new StatusChange(ProductStatus.SUSPENDED,
                        "Fund manager change under review", product.version()));
            }
        }
    }
}
