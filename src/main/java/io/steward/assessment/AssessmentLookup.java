package io.steward.assessment;

import java.time.LocalDate;
import java.util.Optional;

/** The assessment that counts for a customer on a day: what suitability and sales ask (ASSESS-1, ASSESS-2). */
public interface AssessmentLookup {

    /** The most recent assessment that took effect on or before that day, valid or expired; empty if none ever did. */
    Optional<EffectiveAssessment> latestOn(long customerId, LocalDate day);

    /** The assessment in force and valid on that day; empty when there is none or it has expired. */
    default Optional<EffectiveAssessment> validOn(long customerId, LocalDate day) {
        return latestOn(customerId, day).filter(assessment -> assessment.validOn(day));
    }
}
