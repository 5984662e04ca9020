package io.steward.confirmation;

import java.util.Optional;

/**
 * The customer channel (CONF-1): the only way a customer's own act enters Steward. A module asks for a
 * confirmation; the customer gets a link and a six-digit one-time code on their registered phone (through
 * {@link CustomerNotifier}), reads, answers, copies and confirms on the channel page {@code /c/{token}} on their own
 * device — never while a staff member is signed in on that browser. The outcome comes back as an event:
 * {@link CustomerConfirmed} or {@link CustomerDeclined}, published inside the transaction that records it.
 */
public interface CustomerChannel {

    ConfirmationTicket request(ConfirmationRequest request);

    Optional<ConfirmationStatus> status(long requestId);

    /** Staff take back a request the customer has not acted on; a completed one stays as it is. */
    void withdraw(long requestId, String reason);
}
