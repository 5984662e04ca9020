package io.steward.confirmation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The customer confirmed on the channel with the right code (and the second party with theirs, where asked): what
 * they answered ({@code answers}: question code → option code), copied and wrote, which sections they opened, and
 * where they confirmed from. {@code possibleProxy}: the confirmation came from the requesting staff member's own
 * device or address and is flagged for COMPLIANCE.
 */
public record CustomerConfirmed(long requestId, ConfirmationKind kind, String subjectReference, long customerId,
        Map<String, String> answers, List<String> copiedStatements, String specialStatement,
        List<String> openedSections, boolean secondPartyConfirmed, Instant confirmedAt, RequestOrigin origin,
        boolean possibleProxy) {

    public CustomerConfirmed {
        answers = Map.copyOf(answers);
        copiedStatements = List.copyOf(copiedStatements);
        openedSections = List.copyOf(openedSections);
    }
}
