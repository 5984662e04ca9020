package io.steward.suitability.rules;

import io.steward.suitability.CustomerRiskLevel;
import io.steward.suitability.PolicyParameters;
import io.steward.suitability.ProposedSale;

/**
 * A proposed sale with the facts several rules share, worked out once: the customer's age on the decision
 * date, whether their assessment stands, and whether the product is above their tolerance.
 *
 * @param sale               the input
 * @param age                completed years on the decision date
 * @param elderly            at or above the elderly age
 * @param minor              below the minor age
 * @param assessment         whether the assessment stands on the decision date (ASSESS-1)
 * @param aboveTolerance     the assessment stands, is not FAILED, and the product is above it (MATCH-1)
 * @param override           above tolerance at the customer's own request: the MATCH-1 override
 */
public record SaleContext(
        ProposedSale sale,
        int age,
        boolean elderly,
        boolean minor,
        AssessmentStanding assessment,
        boolean aboveTolerance,
        boolean override) {

    public static SaleContext of(ProposedSale sale, PolicyParameters parameters) {
        int age = sale.customer().ageOn(sale.decisionDate());
        AssessmentStanding standing = AssessmentConfirmedAndCurrent.standing(
                sale.assessment(), sale.decisionDate(), parameters.assessmentValidityDays());
        boolean aboveTolerance = standing == AssessmentStanding.CURRENT
                && sale.assessment().level() != CustomerRiskLevel.FAILED
                && !sale.assessment().level().covers(sale.product().riskLevel());
        return new SaleContext(
                sale,
                age,
                age >= parameters.elderlyAge(),
                age < parameters.minorAge(),
                standing,
                aboveTolerance,
                aboveTolerance && sale.request().customerInitiated());
    }

    /** Whether the customer's latest assessment can support a sale on the decision date. */
    public enum AssessmentStanding {
        CURRENT, MISSING, NOT_CONFIRMED, EXPIRED
    }
}
