package io.steward.assessment.internal;

import io.steward.assessment.AssessmentPolicy;
import io.steward.suitability.PolicyParameters;
import io.steward.suitability.PolicyVersions;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The assessment rules' parameters (ASSESS-1 validity, ASSESS-3 windows) from the policy version in force today,
 * the same version the suitability engine decides under, so the two never disagree about when an assessment ends.
 */
@Component
class PolicyVersionAssessmentPolicy implements AssessmentPolicy {

    private final PolicyVersions versions;
    private final Clock clock;

    PolicyVersionAssessmentPolicy(PolicyVersions versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    @Override
    public int validityDays() {
        return inForce().assessmentValidityDays();
    }

    @Override
    public int repeatAssessmentDays() {
        return inForce().repeatAssessmentWindowDays();
    }

    @Override
    public int afterDeniedSaleDays() {
        return inForce().afterDeniedSaleWindowDays();
    }

    private PolicyParameters inForce() {
        return versions.inForceOn(LocalDate.now(clock));
    }
}
