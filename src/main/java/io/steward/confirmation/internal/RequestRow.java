package io.steward.confirmation.internal;

import io.steward.confirmation.ConfirmationKind;
import io.steward.confirmation.ConfirmationStatus;
import io.steward.confirmation.ConfirmationStatus.State;
import java.time.Instant;
import java.util.List;

/** A confirmation request as stored. */
record RequestRow(long id, ConfirmationKind kind, String subjectReference, long customerId, String customerNumber,
        ChannelContent content, String customerPhoneCipher, String secondPartyPhoneCipher, String requestedBy,
        String requestedByName, String requestedAddress, String requestedUserAgent, String requestedDevice,
        State storedState, Instant createdAt, Instant expiresAt, int failedAttempts, int codesSent,
        List<String> openedSections, Instant completedAt, boolean possibleProxy) {

    /** PENDING past its expiry is EXPIRED: computed, so no job has to run for it. */
    State stateAt(Instant now) {
        return storedState == State.PENDING && !now.isBefore(expiresAt) ? State.EXPIRED : storedState;
    }

    ConfirmationStatus status(Instant now) {
        return new ConfirmationStatus(id, kind, subjectReference, stateAt(now), createdAt, expiresAt, completedAt,
                possibleProxy);
    }
}
