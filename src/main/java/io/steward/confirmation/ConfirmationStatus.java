package io.steward.confirmation;

import java.time.Instant;

/** Where a confirmation request stands. */
public record ConfirmationStatus(long requestId, ConfirmationKind kind, String subjectReference, State state,
        Instant createdAt, Instant expiresAt, Instant completedAt, boolean possibleProxy) {

    public enum State {
        /** Waiting for the customer. */
        PENDING,
        CONFIRMED,
        /** The customer said no on the channel. */
        DECLINED,
        /** Staff withdrew it before the customer acted. */
        WITHDRAWN,
        /** Five wrong codes: it can no longer be confirmed. */
        LOCKED,
        /** The link's time ran out before the customer acted. */
        EXPIRED;

        public boolean open() {
            return this == PENDING;
        }
    }
}
