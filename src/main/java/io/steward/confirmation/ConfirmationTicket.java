package io.steward.confirmation;

import java.time.Instant;

/**
 * What staff learn when they ask: the request's id, until when the link is valid and where the code went (masked).
 * Neither the link's token nor the code: those only reach the customer's phone.
 */
public record ConfirmationTicket(long requestId, Instant expiresAt, String sentTo, String secondPartySentTo) {
}
