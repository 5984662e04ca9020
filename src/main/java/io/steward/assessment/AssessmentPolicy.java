package io.steward.assessment;

/**
 * The parameters of the assessment rules. Read from configuration for now ({@code steward.policy.*}); meant to be
 * answered by the policy version in force once policy versions exist.
 */
public interface AssessmentPolicy {

    /** ASSESS-1: days an assessment stays valid, counting the day it takes effect (default 365). */
    int validityDays();

    /** ASSESS-3: an assessment confirmed at most this many days after the previous one goes to review (default 30). */
    int repeatAssessmentDays();

    /** ASSESS-3: an assessment confirmed at most this many days after a denied sale goes to review (default 7). */
    int afterDeniedSaleDays();
}
