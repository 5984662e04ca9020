package io.steward.confirmation.internal;

import io.steward.confirmation.ConfirmationRequest.Question;
import io.steward.confirmation.ConfirmationRequest.Section;
import io.steward.confirmation.Text;
import java.util.List;

/** What the customer is shown, as stored with the request (the phones are kept apart, encrypted). */
public record ChannelContent(Text title, List<Section> sections, List<Text> statementsToCopy, Text specialStatementPrompt,
        List<Question> questions, Text secondPartyRole, String secondPartyName) {

    public boolean needsSecondParty() {
        return secondPartyName != null;
    }
}
