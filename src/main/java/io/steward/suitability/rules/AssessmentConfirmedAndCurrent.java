package io.steward.suitability.rules;

import io.steward.suitability.AssessmentFacts;
import io.steward.suitability.CatalogEntry;
import io.steward.suitability.CatalogEntry.Enforcement;
import io.steward.suitability.PolicyParameters;
import io.steward.suitability.RuleId;
import io.steward.suitability.rules.SaleContext.AssessmentStanding;

import java.time.LocalDate;

/**
 * ASSESS-1: no sale without a completed, customer-confirmed assessment younger than its validity.
 *
 * <p>Validity boundary: an assessment confirmed on day D0 with a validity of N days (default 365) is valid
 * on D0 … D0 + N − 1 ("valid for 365 days", its age in days is below N) and expired from D0 + N. An
 * assessment confirmed after the decision date was not confirmed on that date.
 */
public final class AssessmentConfirmedAndCurrent implements SaleRule {

    public static final CatalogEntry ENTRY = new CatalogEntry(
            RuleId.ASSESS_1,
            AssessmentConfirmedAndCurrent.class.getSimpleName(),
            "No sale without a completed, customer-confirmed assessment younger than its validity (default 365 days).",
            "没有经客户本人确认且仍在有效期内（默认365天）的风险承受能力评估，不得销售。",
            "Customers who fail the risk tolerance test…",
            Enforcement.SALE_DECISION,
            "suitability: SuitabilityEngine.decideSale; assessment keeps the assessments");

    private final PreparedHit missing;
    private final PreparedHit notConfirmed;
    private final PreparedHit expired;

    public AssessmentConfirmedAndCurrent(PolicyParameters parameters) {
        missing = PreparedHit.deny(ENTRY, "missing",
                "The customer has no completed risk tolerance assessment: assess the customer before any sale.",
                "客户尚未完成风险承受能力评估：销售前须先进行评估。");
        notConfirmed = PreparedHit.deny(ENTRY, "not-confirmed",
                "The customer has not confirmed their risk tolerance assessment through the customer channel.",
                "客户尚未通过客户渠道确认其风险承受能力评估结果。");
        expired = PreparedHit.deny(ENTRY, "expired",
                "The customer's risk tolerance assessment has expired (valid for " + parameters.assessmentValidityDays()
                        + " days from the customer's confirmation): reassess before selling.",
                "客户的风险承受能力评估已过期（自客户确认之日起" + parameters.assessmentValidityDays()
                        + "天内有效）：销售前须重新评估。");
    }

    /** Where the assessment stands on {@code date}; see the class comment for the validity boundary. */
    static AssessmentStanding standing(AssessmentFacts assessment, LocalDate date, int validityDays) {
        if (assessment == null) {
            return AssessmentStanding.MISSING;
        }
        LocalDate confirmedOn = assessment.confirmedOn();
        if (confirmedOn == null || confirmedOn.isAfter(date)) {
            return AssessmentStanding.NOT_CONFIRMED;
        }
        long ageInDays = date.toEpochDay() - confirmedOn.toEpochDay();
        return ageInDays < validityDays ? AssessmentStanding.CURRENT : AssessmentStanding.EXPIRED;
    }

    @Override
    public void evaluate(SaleContext sale, Hits hits) {
        switch (sale.assessment()) {
            case MISSING -> hits.add(missing);
            case NOT_CONFIRMED -> hits.add(notConfirmed);
            case EXPIRED -> hits.add(expired);
            case CURRENT -> { }
        }
    }
}
