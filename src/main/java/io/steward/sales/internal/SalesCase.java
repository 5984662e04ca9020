package io.steward.sales.internal;

import io.steward.confirmation.CustomerConfirmed;
import io.steward.platform.DomainRefusal;
import io.steward.sales.CaseState;
import io.steward.suitability.Channel;
import io.steward.suitability.Condition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A sales case as an aggregate: it holds the whole sale (what is sold to whom, the customer's confirmation, the
 * witness, the application form, the cooling-off period, the release or cancellation) and moves its own state. Each
 * move checks the current state against {@link CaseState}'s table (and the actor where it matters) and answers the
 * {@link CaseEvent}s it made; the service saves the case once ({@link SalesCaseRepository#save}) and journals the
 * events. It never decides suitability itself: the conditions come from the policy decision at opening, and again at
 * submission. Where a move needs outside work (storing a recording, filing the form, sending a link), the move checks
 * first and then asks for it, so nothing is done for a move that is refused.
 */
final class SalesCase {

    /** What is sold to whom, fixed at opening. */
    record Sale(long customerId, String customerNumber, String productCode, BigDecimal amount, String currency,
            long fundId, boolean customerInitiated, Channel channel, String practitioner, String institutionCode) {
    }

    /** CONF-1: when the customer confirmed the disclosure, and the statements they copied and wrote. */
    record Confirmation(Instant at, List<String> statements) {
    }

    /** ELDER-2 / MATCH-1: who witnessed and signed, and when. */
    record Witness(String username, Instant at) {
    }

    /** The application form filed at submission: where it is kept and its SHA-256. */
    record Form(String reference, String sha256) {
    }

    record Cancellation(Instant at, String by, String reason) {
    }

    /** Files the application form of a case at the moment it is submitted. */
    interface FormFiler {
        Form file(SalesCase submitted);
    }

    /** A case just opened (not stored yet) and the event of its opening. */
    record Opening(SalesCase sale, CaseEvent event) {
    }

    private static final String CUSTOMER = "customer";

    private long id;
    private final String number;
    private final Sale sale;
    private final long openingDecisionId;
    private final Instant openedAt;
    private CaseState state;
    private EnumSet<Condition> conditions;
    private Long confirmationRequest;
    private Confirmation confirmation;
    private Witness witness;
    private boolean evidenceAttached;
    private Long submissionDecisionId;
    private Instant submittedAt;
    private Form applicationForm;
    private Instant coolingOffUntil;
    private Long cancellationRequest;
    private Instant releasedAt;
    private Cancellation cancellation;
    private long version;

    SalesCase(long id, String number, Sale sale, long openingDecisionId, Instant openedAt, CaseState state,
            Set<Condition> conditions, Long confirmationRequest, Confirmation confirmation, Witness witness,
            boolean evidenceAttached, Long submissionDecisionId, Instant submittedAt, Form applicationForm,
            Instant coolingOffUntil, Long cancellationRequest, Instant releasedAt, Cancellation cancellation,
            long version) {
        this.id = id;
        this.number = number;
        this.sale = sale;
        this.openingDecisionId = openingDecisionId;
        this.openedAt = openedAt;
        this.state = state;
        this.conditions = copy(conditions);
        this.confirmationRequest = confirmationRequest;
        this.confirmation = confirmation;
        this.witness = witness;
        this.evidenceAttached = evidenceAttached;
        this.submissionDecisionId = submissionDecisionId;
        this.submittedAt = submittedAt;
        this.applicationForm = applicationForm;
        this.coolingOffUntil = coolingOffUntil;
        this.cancellationRequest = cancellationRequest;
        this.releasedAt = releasedAt;
        this.cancellation = cancellation;
        this.version = version;
    }

    /** A case the policy decided on at opening: denied and final, or waiting for the customer. */
    static Opening open(String number, Sale sale, DecisionLog.Taken decision, Instant now) {
        boolean denied = decision.decision().denied();
        SalesCase opened = new SalesCase(0, number, sale, decision.id(), now,
                denied ? CaseState.DENIED : CaseState.AWAITING_CUSTOMER, decision.decision().conditions(), null, null,
                null, false, null, null, null, null, null, null, null, 0);
        return new Opening(opened, denied ? new CaseEvent.Denied(null, sale, decision)
                : new CaseEvent.Opened(sale, decision));
    }

    /** The customer channel took the disclosure; the case waits for the customer's act on it. */
    void disclosureSent(long request) {
        require(CaseState.AWAITING_CUSTOMER, "disclosure");
        confirmationRequest = request;
    }

    CaseEvent customerConfirmed(CustomerConfirmed act) {
        require(CaseState.AWAITING_CUSTOMER, "customer-confirmation");
        List<String> statements = new ArrayList<>(act.copiedStatements());
        if (act.specialStatement() != null && !act.specialStatement().isBlank()) {
            statements.add(act.specialStatement());
        }
        confirmation = new Confirmation(act.confirmedAt(), List.copyOf(statements));
        CaseState from = state;
        return new CaseEvent.CustomerConfirmedDisclosure(from, transition(nextAfterCustomer()), act);
    }

    CaseEvent witnessed(String retailHead, String institution, Instant now) {
        require(CaseState.AWAITING_WITNESS, "witness");
        if (retailHead.equals(sale.practitioner())) {
            throw DomainRefusal.forbidden("own-case-witness", "A practitioner cannot witness their own case");
        }
        witness = new Witness(retailHead, now);
        CaseState from = state;
        return new CaseEvent.Witnessed(from, transition(nextAfterWitness()), retailHead, institution);
    }

    /** REC-1: takes the recording ({@code store} keeps it) unless the case is past submission. */
    CaseEvent.EvidenceAttached evidenceAttached(Supplier<CaseEvent.Recording> store) {
        if (!state.takesEvidence()) {
            throw DomainRefusal.conflict("case-state", "The case no longer takes evidence", number, state);
        }
        CaseEvent.Recording recording = store.get();
        evidenceAttached = true;
        CaseState from = state;
        CaseState to = state == CaseState.AWAITING_EVIDENCE ? transition(CaseState.READY) : state;
        return new CaseEvent.EvidenceAttached(from, to, recording);
    }

    /**
     * Submission with the decision taken again now. A denial ends the case; conditions that appeared since opening
     * (a 65th birthday, say) send it back to collect them; otherwise it is submitted, its application form filed, and
     * it is released or held for the cooling-off period.
     */
    List<CaseEvent> submit(DecisionLog.Taken decision, Instant now, int coolingOffHours, FormFiler forms) {
        require(CaseState.READY, "submission");
        submissionDecisionId = decision.id();
        if (decision.decision().denied()) {
            transition(CaseState.DENIED);
            return List.of(new CaseEvent.Denied(CaseState.READY, sale, decision));
        }
        conditions = copy(decision.decision().conditions());
        CaseState missing = nextAfterCustomer();
        if (missing != CaseState.READY) {
            return List.of(new CaseEvent.ConditionsChanged(CaseState.READY, transition(missing), decision));
        }
        transition(CaseState.SUBMITTED);
        submittedAt = now;
        applicationForm = forms.file(this);
        CaseEvent submitted = new CaseEvent.Submitted(decision, applicationForm.sha256());
        if (conditions.contains(Condition.COOLING_OFF) && coolingOffHours > 0) {
            coolingOffUntil = now.plusSeconds(coolingOffHours * 3600L);
            transition(CaseState.COOLING_OFF);
            return List.of(submitted, new CaseEvent.CoolingOffStarted(coolingOffUntil));
        }
        return List.of(submitted, release(now));
    }

    /** COOL-1: released only once the cooling-off period is over. */
    CaseEvent coolingOffEnded(Instant now) {
        require(CaseState.COOLING_OFF, "release");
        if (now.isBefore(coolingOffUntil)) {
            throw DomainRefusal.conflict("cooling-off-running", "The cooling-off period has not ended", number, coolingOffUntil);
        }
        return release(now);
    }

    /** Sends the customer ({@code send} answers the channel request) a link through which they alone may cancel. */
    CaseEvent cancellationLinkSent(LongSupplier send) {
        if (!state.takesCancellationLink()) {
            throw DomainRefusal.conflict("case-state",
                    "The customer can decline on the disclosure page, or the case has ended", number, state);
        }
        cancellationRequest = send.getAsLong();
        return new CaseEvent.CancellationLinkSent(state, cancellationRequest);
    }

    CaseEvent cancelledByPractitioner(String reason, Instant now) {
        return cancel(sale.practitioner(), reason, null, now);
    }

    /** The customer cancelled on the channel (request {@code request}); a released case refuses, and they are told so. */
    CaseEvent cancelledByCustomer(String reason, long request, Instant now) {
        return cancel(CUSTOMER, reason, request, now);
    }

    /** Only the case's own practitioner moves it; to anyone else it does not exist. */
    void requirePractitioner(String username) {
        if (!sale.practitioner().equals(username)) {
            throw DomainRefusal.notFound("unknown-case", "No such sales case", number);
        }
    }

    private CaseEvent cancel(String by, String reason, Long request, Instant now) {
        if (!state.cancellable()) {
            throw DomainRefusal.conflict("case-state", "The case can no longer be cancelled", number, state);
        }
        cancellation = new Cancellation(now, by, reason);
        CaseState from = state;
        transition(CaseState.CANCELLED);
        return new CaseEvent.Cancelled(from, CUSTOMER.equals(by), reason, request);
    }

    private CaseEvent release(Instant now) {
        CaseState from = state;
        transition(CaseState.RELEASED);
        releasedAt = now;
        return new CaseEvent.Released(from, from == CaseState.COOLING_OFF ? coolingOffUntil : null);
    }

    private CaseState nextAfterCustomer() {
        if (confirmation == null) {
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

    private CaseState transition(CaseState next) {
        if (!state.mayMoveTo(next)) {
            throw new IllegalStateException("no move from " + state + " to " + next + " in case " + number);
        }
        state = next;
        return next;
    }

    private static EnumSet<Condition> copy(Set<Condition> conditions) {
        return conditions.isEmpty() ? EnumSet.noneOf(Condition.class) : EnumSet.copyOf(conditions);
    }

    /** Called by the repository: the id the database gave a new case. */
    void stored(long id) {
        if (this.id != 0) {
            throw new IllegalStateException("case " + number + " is stored already");
        }
        this.id = id;
    }

    /** Called by the repository once the case is written: the version it now has. */
    void saved() {
        version++;
    }

    long id() {
        return id;
    }

    String number() {
        return number;
    }

    Sale sale() {
        return sale;
    }

    String practitioner() {
        return sale.practitioner();
    }

    long openingDecisionId() {
        return openingDecisionId;
    }

    Instant openedAt() {
        return openedAt;
    }

    CaseState state() {
        return state;
    }

    Set<Condition> conditions() {
        return copy(conditions);
    }

    Long confirmationRequest() {
        return confirmationRequest;
    }

    Confirmation confirmation() {
        return confirmation;
    }

    Witness witness() {
        return witness;
    }

    boolean hasEvidence() {
        return evidenceAttached;
    }

    Long submissionDecisionId() {
        return submissionDecisionId;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Form applicationForm() {
        return applicationForm;
    }

    Instant coolingOffUntil() {
        return coolingOffUntil;
    }

    Long cancellationRequest() {
        return cancellationRequest;
    }

    Instant releasedAt() {
        return releasedAt;
    }

    Cancellation cancellation() {
        return cancellation;
    }

    long version() {
        return version;
    }
}
