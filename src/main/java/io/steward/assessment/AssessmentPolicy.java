package io.steward.assessment;

/**
 * The parameters of the assessment rules, as the policy version in force today sets them (COMPLIANCE proposes and
 * approves versions with four eyes).
 */
public interface AssessmentPolicy {

    /** ASSESS-1: days an assessment stays valid, counting the day it takes effect (default 365). */
    int validityDays();

    /** ASSESS-3: an assessment confirmed at most this many days after the previous one goes to review (default 30). */
    int repeatAssessmentDays();

    /** ASSESS-3: an assessment confirmed at most this many days after a denied sale goes to review (default 7). */
    int afterDeniedSaleDays();
}
