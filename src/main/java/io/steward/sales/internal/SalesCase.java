package io.steward.sales.internal;

import io.steward.platform.DomainRefusal;
import io.steward.sales.CaseState;
import io.steward.suitability.Condition;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A sales case as an aggregate that moves its own state: each step is a method that checks the current state (and
 * what the policy asked for) and answers the move it made, for the timeline and the audit trail. It never decides
 * suitability itself: the conditions come from the policy decision at opening, and again at submission.
 */
final class SalesCase {

    private final long id;
    private final String number;
    private final String practitioner;
    private CaseState state;
    private EnumSet<Condition> conditions;
    private boolean customerConfirmed;
    private String witness;
    private boolean evidenceAttached;
    private Instant coolingOffUntil;
    private final long version;

    SalesCase(long id, String number, String practitioner, CaseState state, Set<Condition> conditions,
            boolean customerConfirmed, String witness, boolean evidenceAttached, Instant coolingOffUntil, long version) {
        this.id = id;
        this.number = number;
        this.practitioner = practitioner;
        this.state = state;
        this.conditions = conditions.isEmpty() ? EnumSet.noneOf(Condition.class) : EnumSet.copyOf(conditions);
        this.customerConfirmed = customerConfirmed;
        this.witness = witness;
        this.evidenceAttached = evidenceAttached;
        this.coolingOffUntil = coolingOffUntil;
        this.version = version;
    }

    /** A move of the case: from where to where, and why (a step name used in the timeline and the audit trail). */
    record Move(String step, CaseState from, CaseState to) {
    }

    /** The state a freshly opened case starts in, given the opening decision. */
    static CaseState openingState(boolean denied) {
        return denied ? CaseState.DENIED : CaseState.AWAITING_CUSTOMER;
    }

    Move customerConfirmed() {
        require(CaseState.AWAITING_CUSTOMER, "customer-confirmation");
        customerConfirmed = true;
        return moveTo("CUSTOMER_CONFIRMED", nextAfterCustomer());
    }

    Move witnessed(String retailHead) {
        require(CaseState.AWAITING_WITNESS, "witness");
        if (retailHead.equals(practitioner)) {
            throw DomainRefusal.forbidden("own-case-witness", "A practitioner cannot witness their own case");
        }
        witness = retailHead;
        return moveTo("WITNESSED", nextAfterWitness());
    }

    /** Evidence may come in at any point before submission; it moves the case only when it was the last thing missing. */
    Move evidenceAttached() {
        if (state.isFinal() || state == CaseState.SUBMITTED || state == CaseState.COOLING_OFF) {
            throw DomainRefusal.conflict("case-state", "The case no longer takes evidence", number, state);
        }
        evidenceAttached = true;
        return state == CaseState.AWAITING_EVIDENCE ? moveTo("EVIDENCE_ATTACHED", CaseState.READY)
                : new Move("EVIDENCE_ATTACHED", state, state);
    }

    /**
     * Submission with the decision taken again now. A denial ends the case; conditions that appeared since opening
     * (a 65th birthday, say) send it back to collect them; otherwise it is submitted, and released or held for the
     * cooling-off period.
     */
    Move submit(boolean deniedNow, Set<Condition> conditionsNow, Instant now, int coolingOffHours) {
        require(CaseState.READY, "submission");
        if (deniedNow) {
            return moveTo("SUBMISSION_DENIED", CaseState.DENIED);
        }
        conditions = conditionsNow.isEmpty() ? EnumSet.noneOf(Condition.class) : EnumSet.copyOf(conditionsNow);
        CaseState missing = nextAfterCustomer();
        if (missing != CaseState.READY) {
            return moveTo("CONDITIONS_CHANGED", missing);
        }
        moveTo("SUBMITTED", CaseState.SUBMITTED);
        if (conditions.contains(Condition.COOLING_OFF) && coolingOffHours > 0) {
            coolingOffUntil = now.plusSeconds(coolingOffHours * 3600L);
            return new Move("SUBMITTED", CaseState.READY, transition(CaseState.COOLING_OFF));
        }
        return new Move("SUBMITTED", CaseState.READY, transition(CaseState.RELEASED));
    }

    /** COOL-1: released only once the cooling-off period is over. */
    Move coolingOffEnded(Instant now) {
        require(CaseState.COOLING_OFF, "release");
        if (now.isBefore(coolingOffUntil)) {
            throw DomainRefusal.conflict("cooling-off-running", "The cooling-off period has not ended", number, coolingOffUntil);
        }
        return moveTo("RELEASED", CaseState.RELEASED);
    }

    Move cancel(String step) {
        if (!state.mayMoveTo(CaseState.CANCELLED)) {
            throw DomainRefusal.conflict("case-state", "The case can no longer be cancelled", number, state);
        }
        return moveTo(step, CaseState.CANCELLED);
    }

    private CaseState nextAfterCustomer() {
        if (!customerConfirmed) {
            return CaseState.AWAITING_CUSTOMER;
        }
        if (conditions.contains(Condition.WITNESS) && witness == null) {
            return CaseState.AWAITING_WITNESS;
        }
        return nextAfterWitness();
    }

    private CaseState nextAfterWitness() {
        return conditions.contains(Condition.DUAL_RECORDING) && !evidenceAttached ? CaseState.AWAITING_EVIDENCE
                : CaseState.READY;
    }

    private void require(CaseState expected, String step) {
        if (state != expected) {
            throw DomainRefusal.conflict("case-state", "The case is " + state + ", not ready for " + step, number, state);
        }
    }

    private Move moveTo(String step, CaseState next) {
        CaseState from = state;
        return new Move(step, from, transition(next));
    }

    private CaseState transition(CaseState next) {
        if (!state.mayMoveTo(next)) {
            throw new IllegalStateException("no move from " + state + " to " + next + " in case " + number);
        }
        state = next;
        return next;
    }

    long id() {
        return id;
    }

    String number() {
        return number;
    }

    String practitioner() {
        return practitioner;
    }

    CaseState state() {
        return state;
    }

    Set<Condition> conditions() {
        return EnumSet.copyOf(conditions);
    }

    String witness() {
        return witness;
    }

    boolean hasEvidence() {
        return evidenceAttached;
    }

    Instant coolingOffUntil() {
        return coolingOffUntil;
    }

    long version() {
        return version;
    }
}
