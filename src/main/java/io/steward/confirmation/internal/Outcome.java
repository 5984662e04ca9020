package io.steward.confirmation.internal;

import io.steward.confirmation.ConfirmationStatus.State;
import java.util.Map;

/** What became of a customer's act on the channel: a value, so a wrong code's count is committed, not rolled back. */
public sealed interface Outcome {

    record Done(State state) implements Outcome {
    }

    /** The form is incomplete: field → message key. Nothing counted. */
    record Incomplete(Map<String, String> problems) implements Outcome {
    }

    record WrongCode(int triesLeft) implements Outcome {
    }

    record CodeExpired() implements Outcome {
    }

    record Locked() implements Outcome {
    }

    /** The request is no longer waiting (confirmed, declined, withdrawn, locked or expired): a replayed link. */
    record NotPending(State state) implements Outcome {
    }

    record CodesResent(String sentTo) implements Outcome {
    }

    record TooManyCodes() implements Outcome {
    }

    record Unknown() implements Outcome {
    }
}
