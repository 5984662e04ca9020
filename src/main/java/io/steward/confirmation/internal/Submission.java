package io.steward.confirmation.internal;

import java.util.List;
import java.util.Map;

/** What the customer sent from the channel page. */
public record Submission(Map<String, String> answers, List<String> copiedStatements, String specialStatement,
        String code, String secondPartyCode, boolean secondPartyAgrees) {

    public Submission {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        copiedStatements = copiedStatements == null ? List.of() : List.copyOf(copiedStatements);
    }
}
