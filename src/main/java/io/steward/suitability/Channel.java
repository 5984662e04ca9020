package io.steward.suitability;

/** Where the customer is when a sale or an assessment happens. */
public enum Channel {
    /**
     * In person at one of the bank's premises (branch, sub-branch or outlet counter): what MINOR-1 and
     * ASSESS-4 mean by "at bank outlets".
     */
    BRANCH,
    /** Online banking, the mobile app or the phone: the customer is not in front of the practitioner. */
    REMOTE
}
