package io.steward.portfolio;

import io.steward.customer.CustomerRiskLevel;
import io.steward.product.ProductType;
import io.steward.product.RiskLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A customer's portfolio on a day: every position with its product facts, the allocation by risk level, product
 * type, liquidity and maturity, the value-weighted risk (R1 = 1 … R5 = 5) against the customer's level (C1 = 1 …
 * C5 = 5), the mismatches and the switches the policy would allow instead.
 *
 * @param level          the level of the assessment in force (valid or not), {@code null} if none ever took effect
 * @param assessmentValid whether that assessment is still valid on the day (ASSESS-1)
 * @param weightedRisk   {@code null} for an empty portfolio
 */
public record PortfolioAnalysis(String customerNumber, String customerName, LocalDate day, String policyVersion,
        CustomerRiskLevel level, LocalDate assessmentValidThrough, boolean assessmentValid, BigDecimal totalValue,
        BigDecimal weightedRisk, List<Position> positions, Map<Dimension, List<Slice>> allocation,
        List<Mismatch> mismatches, List<Suggestion> suggestions) {

    public PortfolioAnalysis {
        positions = List.copyOf(positions);
        allocation = Map.copyOf(allocation);
        mismatches = List.copyOf(mismatches);
        suggestions = List.copyOf(suggestions);
    }

    /** The customer's level as a number on the R scale (C3 = 3); 0 for FAILED or no level. */
    public int levelRank() {
        return level == null || level == CustomerRiskLevel.FAILED ? 0 : level.ordinal();
    }

    /** The weighted risk is above the customer's level (or there is no level to compare with). */
    public boolean riskAboveLevel() {
        return weightedRisk != null && weightedRisk.compareTo(BigDecimal.valueOf(levelRank())) > 0;
    }

    public List<Slice> allocation(Dimension dimension) {
        return allocation.getOrDefault(dimension, List.of());
    }

    public enum Dimension { RISK, TYPE, LIQUIDITY, MATURITY }

    /**
     * How soon the money can come out: DAILY (open-ended), SHORT (term up to 90 days), MEDIUM (up to a year), LONG.
     */
    public enum Liquidity { DAILY, SHORT, MEDIUM, LONG }

    /** How long until the product matures, from the day: open-ended, already matured, within 3 months, a year, 3 years, later. */
    public enum Maturity { OPEN_ENDED, MATURED, WITHIN_3_MONTHS, WITHIN_1_YEAR, WITHIN_3_YEARS, LATER }

    /** One holding with what the shelf says about its product; {@code maturesOn} is null for an open-ended product. */
    public record Position(Holding holding, String productName, String issuer, RiskLevel riskLevel, ProductType type,
            Liquidity liquidity, LocalDate maturesOn, Maturity maturity, BigDecimal share) {
    }

    /** A part of the allocation: its key (an enum name), value and share of the total (0–1). */
    public record Slice(String key, BigDecimal value, BigDecimal share) {
    }

    /**
     * What to do about a mismatch: switch {@code amount} of {@code fromProduct} (bought with {@code fundId}) into
     * {@code toProduct}, which the policy in force allows for this customer, fund and amount. {@code toProduct} is
     * {@code null} when the remedy is not a switch (a new assessment) or nothing on the shelf fits.
     */
    public record Suggestion(MismatchKind reason, String fromProduct, long fundId, BigDecimal amount, String toProduct,
            String toProductName, RiskLevel toRiskLevel) {

        public String messageKey() {
            return toProduct == null ? "portfolio.suggestion.none." + reason.name() : "portfolio.suggestion." + reason.name();
        }

        /** For the message: from product, amount, to product, its name, its risk level. */
        public Object[] arguments() {
            return new Object[] {fromProduct, amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                    toProduct, toProductName, toRiskLevel == null ? "" : toRiskLevel.name()};
        }
    }
}
