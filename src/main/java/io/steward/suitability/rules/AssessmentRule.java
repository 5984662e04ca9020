package io.steward.suitability.rules;

import io.steward.suitability.ProposedAssessment;

/** A rule evaluated for every new assessment before it takes effect. */
public interface AssessmentRule {

    /** Adds this rule's findings about the new assessment, if any, to {@code hits}. */
    void evaluate(ProposedAssessment assessment, Hits hits);
}
