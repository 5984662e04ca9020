package io.steward.suitability.rules;

import io.steward.suitability.CatalogEntry;
import io.steward.suitability.CatalogEntry.Enforcement;
import io.steward.suitability.FundPurpose;
import io.steward.suitability.PolicyParameters;
import io.steward.suitability.RiskLevel;
import io.steward.suitability.RuleId;

import java.util.Locale;

/**
 * FUND-2: "funds with specific purposes or sources, such as pensions, retirement funds, education funds,
 * etc., cannot be used for investment in high-risk products. We should recommend capital preservation
 * products and portfolios to them." Which purposes count and from which level a product is high risk are
 * parameters; the explanation names the purpose and suggests capital preservation.
 */
public final class EarmarkedMoneyStaysOutOfHighRisk implements SaleRule {

    public static final CatalogEntry ENTRY = new CatalogEntry(
            RuleId.FUND_2,
            EarmarkedMoneyStaysOutOfHighRisk.class.getSimpleName(),
            "Pension, retirement and education money (and, by default, medical and home-purchase money) may not go into "
                    + "high-risk products (default R4+); capital-preservation products are suggested instead.",
            "养老金、退休金、教育金（默认还包括医疗备用金和购房资金）等特定用途资金不得投资于高风险产品（默认R4及以上），"
                    + "应改为推荐本金安全的稳健型产品。",
            "funds with specific purposes or sources…",
            Enforcement.SALE_DECISION,
            "suitability: SuitabilityEngine.decideSale; customer records each fund's purpose");

    private final PolicyParameters parameters;
    private final RiskLevel highRiskFrom;
    private final PreparedHit[] byPurpose = new PreparedHit[FundPurpose.values().length];

    public EarmarkedMoneyStaysOutOfHighRisk(PolicyParameters parameters) {
        this.parameters = parameters;
        highRiskFrom = parameters.earmarkedHighRiskFrom();
        for (FundPurpose purpose : parameters.earmarkedPurposes()) {
            byPurpose[purpose.ordinal()] = PreparedHit.deny(ENTRY, "earmarked-" + purpose.name().toLowerCase(Locale.ROOT),
                    "This is " + english(purpose) + ": money with a specific purpose may not go into products rated "
                            + highRiskFrom + " or above. Suggest capital-preservation products and portfolios instead.",
                    "该笔资金为" + chinese(purpose) + "：特定用途资金不得投资于" + highRiskFrom
                            + "及以上风险等级的产品，应改为推荐本金安全的稳健型产品及组合。");
        }
    }

    @Override
    public void evaluate(SaleContext sale, Hits hits) {
        FundPurpose purpose = sale.sale().fund().purpose();
        if (parameters.earmarks(purpose) && sale.sale().product().riskLevel().isAtLeast(highRiskFrom)) {
            hits.add(byPurpose[purpose.ordinal()]);
        }
    }

    private static String english(FundPurpose purpose) {
        return switch (purpose) {
            case GENERAL -> "general savings";
            case PENSION -> "pension money";
            case RETIREMENT -> "retirement money";
            case EDUCATION -> "education money";
            case MEDICAL -> "a medical reserve";
            case HOUSING -> "home-purchase money";
        };
    }

    private static String chinese(FundPurpose purpose) {
        return switch (purpose) {
            case GENERAL -> "一般储蓄";
            case PENSION -> "养老金";
            case RETIREMENT -> "退休金";
            case EDUCATION -> "教育金";
            case MEDICAL -> "医疗备用金";
            case HOUSING -> "购房资金";
        };
    }
}
