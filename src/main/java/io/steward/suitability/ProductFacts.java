package io.steward.suitability;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A product on the shelf, as the policy sees it.
 *
 * @param riskLevel        R1–R5
 * @param status           only ACTIVE products are on sale (PROD-1)
 * @param saleOpensOn      first day it may be sold, inclusive
 * @param saleClosesOn     last day it may be sold, inclusive; {@code null} for a product sold continuously
 *                         until withdrawn
 * @param termDays         days from subscription to maturity; 0 for an open-ended product (FUND-1 then
 *                         always passes)
 * @param minimumAmount    minimum subscription in {@code currency}
 * @param currency         ISO 4217 code
 * @param coolingOffHours  length of the cooling-off period, 0 for none (COOL-1)
 */
public record ProductFacts(
        RiskLevel riskLevel,
        ProductStatus status,
        LocalDate saleOpensOn,
        LocalDate saleClosesOn,
        int termDays,
        BigDecimal minimumAmount,
        String currency,
        int coolingOffHours) {

    public ProductFacts {
        Inputs.required(riskLevel, "riskLevel");
        Inputs.required(status, "status");
        Inputs.required(saleOpensOn, "saleOpensOn");
        if (saleClosesOn != null && saleClosesOn.isBefore(saleOpensOn)) {
            throw new IllegalArgumentException("saleClosesOn " + saleClosesOn + " is before saleOpensOn " + saleOpensOn);
        }
        if (termDays < 0) {
            throw new IllegalArgumentException("termDays must be 0 (open-ended) or positive, got " + termDays);
        }
        Inputs.required(minimumAmount, "minimumAmount");
        if (minimumAmount.signum() < 0) {
            throw new IllegalArgumentException("minimumAmount must not be negative, got " + minimumAmount);
        }
        Inputs.currencyCode(currency, "currency");
        if (coolingOffHours < 0) {
            throw new IllegalArgumentException("coolingOffHours must be 0 (none) or positive, got " + coolingOffHours);
        }
    }
}
