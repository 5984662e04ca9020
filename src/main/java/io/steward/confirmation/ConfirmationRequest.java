package io.steward.confirmation;

import java.util.List;
import java.util.Objects;

/**
 * What a customer is asked to do on the channel (CONF-1), as the asking module describes it:
 * <ul>
 * <li>{@code sections} — what the customer must read; each must be opened before confirming (CONF-2);</li>
 * <li>{@code statementsToCopy} — statements the customer copies word for word (the risk statement);</li>
 * <li>{@code specialStatementPrompt} — when not null, the customer writes a statement of their own (MATCH-1);</li>
 * <li>{@code questions} — single-choice questions the customer answers (the risk-tolerance questionnaire);</li>
 * <li>{@code secondParty} — when not null, a second person (a minor's guardian, ASSESS-4 / MINOR-1) co-confirms
 * with their own code, sent to their own phone.</li>
 * </ul>
 * The {@code subjectReference} (e.g. {@code assessment:42}) comes back in the events, so the asking module knows
 * what was confirmed. The phones are the registered ones, passed in by the caller; they are used to send codes only.
 */
public record ConfirmationRequest(ConfirmationKind kind, String subjectReference, long customerId,
        String customerNumber, String customerPhone, Text title, List<Section> sections, List<Text> statementsToCopy,
        Text specialStatementPrompt, List<Question> questions, SecondParty secondParty, RequestedBy requestedBy) {

    public ConfirmationRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectReference, "subjectReference");
        Objects.requireNonNull(customerPhone, "customerPhone");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(requestedBy, "requestedBy");
        sections = sections == null ? List.of() : List.copyOf(sections);
        statementsToCopy = statementsToCopy == null ? List.of() : List.copyOf(statementsToCopy);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** Something to read: a key the opening is recorded under, a title and the text. */
    public record Section(String key, Text title, Text body) {
    }

    public record Question(String code, Text text, List<Option> options) {

        public Question {
            options = List.copyOf(options);
        }
    }

    public record Option(String code, Text text) {
    }

    /** Who co-confirms (e.g. "Guardian" / "监护人"), their name and their own phone. */
    public record SecondParty(Text role, String name, String phone) {
    }

    /** The staff member asking, and where they asked from (to flag a possible proxy confirmation). */
    public record RequestedBy(String username, String fullName, RequestOrigin origin) {
    }
}
