package io.steward.suitability;

import java.time.LocalDate;

/**
 * A newly completed assessment, before it takes effect: the input of ASSESS-3 and ASSESS-4.
 *
 * @param decisionDate     the day the new assessment was completed
 * @param customer         the customer (age, guardian)
 * @param newLevel         the result of the new assessment
 * @param channel          where the customer took it
 * @param previous         the customer's previous completed assessment, or {@code null} for a first one
 * @param lastDeniedSaleOn the day of the latest sale to this customer the policy denied, or {@code null}
 */
public record ProposedAssessment(
        LocalDate decisionDate,
        CustomerFacts customer,
        CustomerRiskLevel newLevel,
        Channel channel,
        AssessmentFacts previous,
        LocalDate lastDeniedSaleOn) {

    public ProposedAssessment {
        Inputs.required(decisionDate, "decisionDate");
        Inputs.required(customer, "customer");
        Inputs.required(newLevel, "newLevel");
        Inputs.required(channel, "channel");
        if (customer.dateOfBirth().isAfter(decisionDate)) {
            throw new IllegalArgumentException("customer born " + customer.dateOfBirth() + ", after the decision date " + decisionDate);
        }
        if (previous != null && previous.completedOn().isAfter(decisionDate)) {
            throw new IllegalArgumentException("previous assessment completed " + previous.completedOn() + ", after the decision date " + decisionDate);
        }
        if (lastDeniedSaleOn != null && lastDeniedSaleOn.isAfter(decisionDate)) {
            throw new IllegalArgumentException("last denied sale on " + lastDeniedSaleOn + ", after the decision date " + decisionDate);
        }
    }
}
