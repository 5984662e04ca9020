package io.steward.suitability.versions;

/** Where a policy version stands: proposed by one officer, then approved or rejected by another, or withdrawn. */
public enum PolicyState {
    PROPOSED,
    APPROVED,
    REJECTED,
    WITHDRAWN
}
