package io.steward.confirmation;

import java.time.Instant;

/** The customer said no on the channel (declined to confirm, or cancelled): with their reason, if they gave one. */
public record CustomerDeclined(long requestId, ConfirmationKind kind, String subjectReference, long customerId,
        String reason, Instant declinedAt, RequestOrigin origin) {
}
