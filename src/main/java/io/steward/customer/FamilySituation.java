package io.steward.customer;

public enum FamilySituation {
    SINGLE,
    MARRIED_NO_CHILDREN,
    MARRIED_WITH_CHILDREN,
    SINGLE_PARENT,
    SUPPORTING_PARENTS,
    RETIRED,
    DEPENDENT_MINOR
}
