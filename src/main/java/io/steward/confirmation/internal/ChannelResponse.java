package io.steward.confirmation.internal;

import java.util.List;
import java.util.Map;

/** What the customer gave, as stored with the request once confirmed. */
record ChannelResponse(Map<String, String> answers, List<String> copiedStatements, String specialStatement,
        boolean secondPartyAgreed, String declineReason) {
}
