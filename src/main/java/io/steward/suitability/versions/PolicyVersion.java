package io.steward.suitability.versions;

import io.steward.suitability.PolicyParameters;
import java.time.Instant;

/** A policy version as compliance sees it: the parameters, why they were proposed, and who decided what. */
public record PolicyVersion(
        long id,
        PolicyParameters parameters,
        String rationale,
        PolicyState state,
        String proposedBy,
        Instant proposedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionReason) {

    public boolean isPending() {
        return state == PolicyState.PROPOSED;
    }
}
