package io.steward.assessment.internal;

import io.steward.assessment.AssessmentPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The assessment parameters from configuration, until policy versions answer them. */
@Component
class ConfiguredAssessmentPolicy implements AssessmentPolicy {

    private final int validityDays;
    private final int repeatAssessmentDays;
    private final int afterDeniedSaleDays;

    ConfiguredAssessmentPolicy(@Value("${steward.policy.assessment-validity-days:365}") int validityDays,
            @Value("${steward.policy.repeat-assessment-days:30}") int repeatAssessmentDays,
            @Value("${steward.policy.after-denied-sale-days:7}") int afterDeniedSaleDays) {
        if (validityDays < 1 || repeatAssessmentDays < 0 || afterDeniedSaleDays < 0) {
            throw new IllegalStateException("steward.policy: assessment validity must be at least 1 day and the "
                    + "review windows may not be negative");
        }
        this.validityDays = validityDays;
        this.repeatAssessmentDays = repeatAssessmentDays;
        this.afterDeniedSaleDays = afterDeniedSaleDays;
    }

    @Override
    public int validityDays() {
        return validityDays;
    }

    @Override
    public int repeatAssessmentDays() {
        return repeatAssessmentDays;
    }

    @Override
    public int afterDeniedSaleDays() {
        return afterDeniedSaleDays;
    }
}
