package io.steward.sales.internal;

import static io.steward.suitability.Condition.COOLING_OFF;
import static io.steward.suitability.Condition.DUAL_RECORDING;
import static io.steward.suitability.Condition.SECOND_RISK_WARNING;
import static io.steward.suitability.Condition.WITNESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.confirmation.ConfirmationKind;
import io.steward.confirmation.CustomerConfirmed;
import io.steward.confirmation.RequestOrigin;
import io.steward.platform.DomainRefusal;
import io.steward.sales.CaseState;
import io.steward.suitability.Channel;
import io.steward.suitability.Condition;
import io.steward.suitability.Decision;
import io.steward.suitability.Outcome;
import io.steward.suitability.RuleHit;
import io.steward.suitability.RuleId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The aggregate on its own: each move checks the state table and answers the events it made. */
class SalesCaseTest {

    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
    private static final SalesCase.FormFiler FORMS = submitted -> new SalesCase.Form("forms/" + submitted.number(), "ab".repeat(32));

    @Test
    void an_ordinary_sale_goes_from_the_customer_straight_to_ready_and_is_submitted_then_released() {
        SalesCase sale = openCase(Set.of());

        assertThat(sale.customerConfirmed(confirmation("I understand")).to()).isEqualTo(CaseState.READY);
        List<CaseEvent> submitted = sale.submit(allowed(Set.of()), NOW, 0, FORMS);

        assertThat(submitted).map(CaseEvent::step).containsExactly("SUBMITTED", "RELEASED");
        assertThat(submitted).map(event -> event.from() + ">" + event.to())
                .containsExactly("READY>SUBMITTED", "SUBMITTED>RELEASED");
        assertThat(sale.state().isFinal()).isTrue();
        assertThat(sale.releasedAt()).isEqualTo(NOW);
        assertThat(sale.applicationForm().reference()).isEqualTo("forms/S00000001");
        assertThat(sale.confirmation().statements()).containsExactly("I understand");
    }

    @Test
    void the_application_form_is_filed_with_the_case_in_its_submitted_state() {
        SalesCase sale = openCase(Set.of());
        sale.customerConfirmed(confirmation("I understand"));
        List<CaseState> seen = new java.util.ArrayList<>();

        sale.submit(allowed(Set.of()), NOW, 0, submitted -> {
            seen.add(submitted.state());
            return new SalesCase.Form("f", "ab".repeat(32));
        });

        assertThat(seen).containsExactly(CaseState.SUBMITTED);
    }

    @Test
    void an_elderly_r3_sale_waits_for_the_witness_then_the_recording() {
        SalesCase sale = openCase(Set.of(WITNESS, SECOND_RISK_WARNING, DUAL_RECORDING));

        assertThat(sale.customerConfirmed(confirmation("ok")).to()).isEqualTo(CaseState.AWAITING_WITNESS);
        CaseEvent witnessed = sale.witnessed("head.sh", "SH", NOW);
        assertThat(witnessed.to()).isEqualTo(CaseState.AWAITING_EVIDENCE);
        assertThat(witnessed.details()).containsEntry("witnessInstitution", "SH");
        assertThat(sale.evidenceAttached(() -> recording()).to()).isEqualTo(CaseState.READY);
        assertThat(sale.witness()).isEqualTo(new SalesCase.Witness("head.sh", NOW));
    }

    @Test
    void evidence_attached_early_is_remembered_and_the_case_skips_the_wait() {
        SalesCase sale = openCase(Set.of(DUAL_RECORDING));

        CaseEvent early = sale.evidenceAttached(() -> recording());
        assertThat(early.from()).isEqualTo(early.to()).isEqualTo(CaseState.AWAITING_CUSTOMER);
        assertThat(sale.customerConfirmed(confirmation("ok")).to()).isEqualTo(CaseState.READY);
    }

    @Test
    void a_recording_offered_after_submission_is_refused_before_it_is_stored() {
        SalesCase sale = openCase(Set.of(COOLING_OFF));
        sale.customerConfirmed(confirmation("ok"));
        sale.submit(allowed(Set.of(COOLING_OFF)), NOW, 24, FORMS);
        AtomicInteger stored = new AtomicInteger();

        assertThatThrownBy(() -> sale.evidenceAttached(() -> {
            stored.incrementAndGet();
            return recording();
        })).isInstanceOf(DomainRefusal.class).extracting("code").isEqualTo("case-state");
        assertThat(stored).hasValue(0);
    }

    @Test
    void a_practitioner_cannot_witness_their_own_case() {
        SalesCase sale = openCase(Set.of(WITNESS));
        sale.customerConfirmed(confirmation("ok"));

        assertThatThrownBy(() -> sale.witnessed("wang", "PD", NOW)).isInstanceOf(DomainRefusal.class)
                .extracting("code").isEqualTo("own-case-witness");
        assertThat(sale.state()).isEqualTo(CaseState.AWAITING_WITNESS);
    }

    @Test
    void a_cooling_off_product_is_held_and_released_only_when_the_period_has_ended() {
        SalesCase sale = openCase(Set.of(COOLING_OFF));
        sale.customerConfirmed(confirmation("ok"));

        assertThat(sale.submit(allowed(Set.of(COOLING_OFF)), NOW, 24, FORMS)).map(CaseEvent::step)
                .containsExactly("SUBMITTED", "COOLING_OFF_STARTED");
        assertThat(sale.coolingOffUntil()).isEqualTo(NOW.plusSeconds(24 * 3600));
        assertThatThrownBy(() -> sale.coolingOffEnded(NOW.plusSeconds(24 * 3600 - 1))).isInstanceOf(DomainRefusal.class);
        CaseEvent released = sale.coolingOffEnded(NOW.plusSeconds(24 * 3600));
        assertThat(released.from()).isEqualTo(CaseState.COOLING_OFF);
        assertThat(released.to()).isEqualTo(CaseState.RELEASED);
        assertThat(released.details()).containsEntry("coolingOffUntil", NOW.plusSeconds(24 * 3600));
    }

    @Test
    void the_customer_may_cancel_during_cooling_off_but_nobody_after_release() {
        SalesCase held = openCase(Set.of(COOLING_OFF));
        held.customerConfirmed(confirmation("ok"));
        held.submit(allowed(Set.of(COOLING_OFF)), NOW, 24, FORMS);
        CaseEvent cancelled = held.cancelledByCustomer("changed my mind", 7, NOW);
        assertThat(cancelled.step()).isEqualTo("CANCELLED_BY_CUSTOMER");
        assertThat(held.cancellation()).isEqualTo(new SalesCase.Cancellation(NOW, "customer", "changed my mind"));

        SalesCase released = openCase(Set.of());
        released.customerConfirmed(confirmation("ok"));
        released.submit(allowed(Set.of()), NOW, 0, FORMS);
        assertThatThrownBy(() -> released.cancelledByPractitioner("too late", NOW)).isInstanceOf(DomainRefusal.class)
                .extracting("code").isEqualTo("case-state");
    }

    @Test
    void a_denial_at_submission_ends_the_case_and_names_its_rules() {
        SalesCase sale = openCase(Set.of());
        sale.customerConfirmed(confirmation("ok"));

        List<CaseEvent> denied = sale.submit(denied(RuleId.ASSESS_1), NOW, 0, FORMS);

        assertThat(denied).map(CaseEvent::step).containsExactly("SUBMISSION_DENIED");
        assertThat(denied.getFirst().details()).containsEntry("rules", List.of("ASSESS-1"));
        assertThat(sale.state()).isEqualTo(CaseState.DENIED);
        assertThat(sale.submissionDecisionId()).isEqualTo(2);
        assertThat(sale.applicationForm()).isNull();
        assertThatThrownBy(() -> sale.cancelledByPractitioner("no", NOW)).isInstanceOf(DomainRefusal.class);
    }

    @Test
    void conditions_that_appear_at_submission_send_the_case_back_to_collect_them() {
        SalesCase sale = openCase(Set.of());
        sale.customerConfirmed(confirmation("ok"));

        List<CaseEvent> moved = sale.submit(allowed(Set.of(WITNESS, SECOND_RISK_WARNING, DUAL_RECORDING)), NOW, 0, FORMS);

        assertThat(moved).map(CaseEvent::step).containsExactly("CONDITIONS_CHANGED");
        assertThat(moved.getFirst().to()).isEqualTo(CaseState.AWAITING_WITNESS);
        assertThat(sale.conditions()).contains(WITNESS, DUAL_RECORDING);
    }

    @Test
    void steps_out_of_order_are_refused_without_changing_the_case() {
        SalesCase sale = openCase(Set.of(WITNESS));

        assertThatThrownBy(() -> sale.witnessed("head.sh", "SH", NOW)).isInstanceOf(DomainRefusal.class);
        assertThatThrownBy(() -> sale.submit(allowed(Set.of()), NOW, 0, FORMS)).isInstanceOf(DomainRefusal.class);
        assertThatThrownBy(() -> sale.cancellationLinkSent(() -> 1L)).as("the disclosure itself lets the customer decline")
                .isInstanceOf(DomainRefusal.class);
        assertThat(sale.state()).isEqualTo(CaseState.AWAITING_CUSTOMER);
    }

    @Test
    void a_denied_opening_is_final_and_its_event_names_the_sale() {
        SalesCase.Opening opening = SalesCase.open("S00000002", sale(), denied(RuleId.ELDER_1), NOW);

        assertThat(opening.sale().state()).isEqualTo(CaseState.DENIED);
        assertThat(opening.event().step()).isEqualTo("DENIED");
        assertThat(opening.event().details()).containsEntry("customer", "C00000001").containsEntry("rules", List.of("ELDER-1"));
    }

    @Test
    void every_state_but_the_final_ones_has_a_way_out() {
        for (CaseState state : CaseState.values()) {
            boolean hasMove = EnumSet.allOf(CaseState.class).stream().anyMatch(state::mayMoveTo);
            assertThat(hasMove).as(state.name()).isEqualTo(!EnumSet.of(CaseState.DENIED, CaseState.RELEASED,
                    CaseState.CANCELLED).contains(state));
        }
    }

    @Test
    void evidence_is_taken_only_before_submission() {
        assertThat(EnumSet.allOf(CaseState.class).stream().filter(CaseState::takesEvidence))
                .containsExactly(CaseState.AWAITING_CUSTOMER, CaseState.AWAITING_WITNESS, CaseState.AWAITING_EVIDENCE,
                        CaseState.READY);
    }

    private static SalesCase openCase(Set<Condition> conditions) {
        return SalesCase.open("S00000001", sale(), allowed(conditions), NOW).sale();
    }

    private static SalesCase.Sale sale() {
        return new SalesCase.Sale(1, "C00000001", "P-R2", new BigDecimal("100000.00"), "CNY", 3, false, Channel.BRANCH,
                "wang", "PD");
    }

    private static DecisionLog.Taken allowed(Set<Condition> conditions) {
        return new DecisionLog.Taken(1, new Decision(conditions.isEmpty() ? Outcome.ALLOWED : Outcome.ALLOWED_WITH_CONDITIONS,
                List.of(), conditions, "1"));
    }

    private static DecisionLog.Taken denied(RuleId rule) {
        return new DecisionLog.Taken(2, new Decision(Outcome.DENIED, List.of(new RuleHit(rule, RuleHit.Effect.DENY,
                "refused", Set.of(), "refused", "拒绝", "the notice")), Set.of(), "1"));
    }

    private static CustomerConfirmed confirmation(String statement) {
        return new CustomerConfirmed(5, ConfirmationKind.SALE_DISCLOSURE, "sales-case:S00000001", 1, Map.of(),
                List.of(statement), null, List.of("FUNCTION"), false, NOW, new RequestOrigin("10.0.0.1", "test", null), false);
    }

    private static CaseEvent.Recording recording() {
        return new CaseEvent.Recording("recordings/1", "sale.mp4", "video/mp4", 19, "cd".repeat(32));
    }
}
