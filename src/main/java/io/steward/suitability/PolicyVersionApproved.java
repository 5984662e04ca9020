package io.steward.suitability;

import java.time.LocalDate;

/** A second compliance officer approved a policy version: from {@code effectiveFrom} on, decisions use it. */
public record PolicyVersionApproved(String versionId, LocalDate effectiveFrom) {
}
