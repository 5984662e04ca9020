package io.steward.assessment;

/**
 * STARTED (waiting for the customer on the channel) → EFFECTIVE, or AWAITING_REVIEW (ASSESS-3) → EFFECTIVE or
 * REJECTED; CANCELLED when staff withdraw it or the customer declines; SUPERSEDED once a newer one takes effect.
 * Expired is not a state: it follows from the date (see {@link EffectiveAssessment#validOn}).
 */
public enum AssessmentStatus {
    STARTED,
    AWAITING_REVIEW,
    EFFECTIVE,
    SUPERSEDED,
    REJECTED,
    CANCELLED
}
