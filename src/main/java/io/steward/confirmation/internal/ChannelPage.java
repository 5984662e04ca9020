package io.steward.confirmation.internal;

import io.steward.confirmation.ConfirmationKind;
import io.steward.confirmation.ConfirmationStatus.State;
import java.time.Instant;
import java.util.Set;

/** What the channel page shows the customer. */
public record ChannelPage(long requestId, ConfirmationKind kind, State state, ChannelContent content,
        Set<String> openedSections, String sentTo, String secondPartySentTo, int triesLeft, String requestedByName,
        Instant createdAt, Instant expiresAt) {

    public boolean opened(String sectionKey) {
        return openedSections.contains(sectionKey);
    }

    public boolean allOpened() {
        return content.sections().stream().allMatch(section -> openedSections.contains(section.key()));
    }
}
