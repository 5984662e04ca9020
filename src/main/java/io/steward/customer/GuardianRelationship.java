package io.steward.customer;

public enum GuardianRelationship {
    FATHER,
    MOTHER,
    GRANDPARENT,
    SIBLING,
    COURT_APPOINTED,
    OTHER_LEGAL_GUARDIAN
}
