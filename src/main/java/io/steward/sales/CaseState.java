package io.steward.sales;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of a sales case (DESIGN §4) and the moves between them, in one place:
 *
 * <pre>
 * DENIED                      the policy refused at opening or at submission; final
 * AWAITING_CUSTOMER           disclosure sent through the customer channel
 * AWAITING_WITNESS            ELDER-2 / MATCH-1: a retail head must witness and sign
 * AWAITING_EVIDENCE           REC-1: the recording must be attached
 * READY                       everything the decision asked for is there; the practitioner may submit
 * SUBMITTED                   policy re-checked, application form generated and hashed
 * COOLING_OFF                 COOL-1: the customer may still cancel; released when it ends
 * RELEASED                    the order is in the outbox for core banking; final
 * CANCELLED                   by the customer (channel) or the practitioner (with a reason); final
 * </pre>
 *
 * AWAITING_EVIDENCE is not in DESIGN §4, which folds "evidence attached" into READY; a state of its own makes it
 * visible which cases wait for a recording, and keeps READY meaning "may be submitted". SUBMITTED is passed through
 * inside the submission's transaction (the timeline records READY → SUBMITTED, then SUBMITTED → COOLING_OFF or
 * RELEASED), so no case rests in it.
 *
 * <p>The aggregate ({@code sales.internal.SalesCase}) checks every move against {@link #MOVES}; pages ask the state
 * what it allows ({@link #takesEvidence()}, {@link #cancellable()}) rather than comparing names.
 */
public enum CaseState {
    DENIED,
    AWAITING_CUSTOMER,
    AWAITING_WITNESS,
    AWAITING_EVIDENCE,
    READY,
    SUBMITTED,
    COOLING_OFF,
    RELEASED,
    CANCELLED;

    private static final Map<CaseState, Set<CaseState>> MOVES = Map.of(
            AWAITING_CUSTOMER, EnumSet.of(AWAITING_WITNESS, AWAITING_EVIDENCE, READY, CANCELLED),
            AWAITING_WITNESS, EnumSet.of(AWAITING_EVIDENCE, READY, CANCELLED),
            AWAITING_EVIDENCE, EnumSet.of(READY, CANCELLED),
            READY, EnumSet.of(SUBMITTED, AWAITING_WITNESS, AWAITING_EVIDENCE, DENIED, CANCELLED),
            SUBMITTED, EnumSet.of(COOLING_OFF, RELEASED),
            COOLING_OFF, EnumSet.of(RELEASED, CANCELLED),
            DENIED, EnumSet.noneOf(CaseState.class),
            RELEASED, EnumSet.noneOf(CaseState.class),
            CANCELLED, EnumSet.noneOf(CaseState.class));

    public boolean mayMoveTo(CaseState next) {
        return MOVES.get(this).contains(next);
    }

    public boolean isFinal() {
        return MOVES.get(this).isEmpty();
    }

    /** REC-1: a recording may come in at any point before submission, that is on the way to READY or at it. */
    public boolean takesEvidence() {
        return this == READY || mayMoveTo(READY);
    }

    public boolean cancellable() {
        return mayMoveTo(CANCELLED);
    }

    /** The customer cancels on the channel: through the disclosure before confirming it, through a link after. */
    public boolean takesCancellationLink() {
        return cancellable() && this != AWAITING_CUSTOMER;
    }
}
