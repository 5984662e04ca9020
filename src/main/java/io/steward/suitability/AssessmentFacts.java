package io.steward.suitability;

import java.time.LocalDate;

/**
 * A completed risk tolerance assessment.
 *
 * @param level       the result, C1–C5 or FAILED
 * @param completedOn the day the questionnaire was completed; ASSESS-3 counts its windows from it
 * @param confirmedOn the day the customer confirmed the result through the customer channel (CONF-1), or
 *                    {@code null} while it awaits their confirmation; ASSESS-1 counts validity from it
 */
public record AssessmentFacts(CustomerRiskLevel level, LocalDate completedOn, LocalDate confirmedOn) {

    public AssessmentFacts {
        Inputs.required(level, "level");
        Inputs.required(completedOn, "completedOn");
        if (confirmedOn != null && confirmedOn.isBefore(completedOn)) {
            throw new IllegalArgumentException("an assessment cannot be confirmed (" + confirmedOn
                    + ") before it is completed (" + completedOn + ")");
        }
    }

    /** Completed and confirmed by the customer on the same day, the usual case. */
    public static AssessmentFacts confirmed(CustomerRiskLevel level, LocalDate on) {
        return new AssessmentFacts(level, on, on);
    }
}
