package io.steward.suitability;

/** What the policy says about a proposed sale, assessment or material. */
public enum Outcome {
    /** Nothing stands in the way; obligation hits may still apply. */
    ALLOWED,
    /** Allowed once every condition in {@link Decision#conditions()} has been met. */
    ALLOWED_WITH_CONDITIONS,
    /** At least one rule denies it; {@link Decision#hits()} lists every rule that did. */
    DENIED
}
