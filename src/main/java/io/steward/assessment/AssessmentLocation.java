package io.steward.assessment;

/**
 * Where the assessment is taken. ASSESS-4 / MINOR-1: a minor's assessment only "at bank outlets accompanied by legal
 * guardians" — read as: in person at any of the bank's institutions (IN_PERSON), never remotely.
 */
public enum AssessmentLocation {
    IN_PERSON,
    REMOTE
}
