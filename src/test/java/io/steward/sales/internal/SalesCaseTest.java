package io.steward.sales.internal;

import static io.steward.suitability.Condition.COOLING_OFF;
import static io.steward.suitability.Condition.DUAL_RECORDING;
import static io.steward.suitability.Condition.SECOND_RISK_WARNING;
import static io.steward.suitability.Condition.WITNESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.platform.DomainRefusal;
import io.steward.sales.CaseState;
import io.steward.suitability.Condition;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SalesCaseTest {

    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

    @Test
    void an_ordinary_sale_goes_from_the_customer_straight_to_ready_and_is_released_on_submission() {
        SalesCase sale = openCase(Set.of());

        assertThat(sale.customerConfirmed().to()).isEqualTo(CaseState.READY);
        SalesCase.Move submitted = sale.submit(false, Set.of(), NOW, 0);

        assertThat(submitted.to()).isEqualTo(CaseState.RELEASED);
        assertThat(sale.state().isFinal()).isTrue();
    }

    @Test
    void an_elderly_r3_sale_waits_for_the_witness_then_the_recording() {
        SalesCase sale = openCase(Set.of(WITNESS, SECOND_RISK_WARNING, DUAL_RECORDING));

        assertThat(sale.customerConfirmed().to()).isEqualTo(CaseState.AWAITING_WITNESS);
        assertThat(sale.witnessed("head.sh").to()).isEqualTo(CaseState.AWAITING_EVIDENCE);
        assertThat(sale.evidenceAttached().to()).isEqualTo(CaseState.READY);
        assertThat(sale.witness()).isEqualTo("head.sh");
    }

    @Test
    void evidence_attached_early_is_remembered_and_the_case_skips_the_wait() {
        SalesCase sale = openCase(Set.of(DUAL_RECORDING));

        SalesCase.Move early = sale.evidenceAttached();
        assertThat(early.from()).isEqualTo(early.to()).isEqualTo(CaseState.AWAITING_CUSTOMER);
        assertThat(sale.customerConfirmed().to()).isEqualTo(CaseState.READY);
    }

    @Test
    void a_practitioner_cannot_witness_their_own_case() {
        SalesCase sale = openCase(Set.of(WITNESS));
        sale.customerConfirmed();

        assertThatThrownBy(() -> sale.witnessed("wang")).isInstanceOf(DomainRefusal.class)
                .extracting("code").isEqualTo("own-case-witness");
        assertThat(sale.state()).isEqualTo(CaseState.AWAITING_WITNESS);
    }

    @Test
    void a_cooling_off_product_is_held_and_released_only_when_the_period_has_ended() {
        SalesCase sale = openCase(Set.of(COOLING_OFF));
        sale.customerConfirmed();

        assertThat(sale.submit(false, Set.of(COOLING_OFF), NOW, 24).to()).isEqualTo(CaseState.COOLING_OFF);
        assertThat(sale.coolingOffUntil()).isEqualTo(NOW.plusSeconds(24 * 3600));
        assertThatThrownBy(() -> sale.coolingOffEnded(NOW.plusSeconds(24 * 3600 - 1))).isInstanceOf(DomainRefusal.class);
        assertThat(sale.coolingOffEnded(NOW.plusSeconds(24 * 3600)).to()).isEqualTo(CaseState.RELEASED);
    }

    @Test
    void the_customer_may_cancel_during_cooling_off_but_nobody_after_release() {
        SalesCase held = openCase(Set.of(COOLING_OFF));
        held.customerConfirmed();
        held.submit(false, Set.of(COOLING_OFF), NOW, 24);
        assertThat(held.cancel("CANCELLED_BY_CUSTOMER").to()).isEqualTo(CaseState.CANCELLED);

        SalesCase released = openCase(Set.of());
        released.customerConfirmed();
        released.submit(false, Set.of(), NOW, 0);
        assertThatThrownBy(() -> released.cancel("CANCELLED_BY_PRACTITIONER")).isInstanceOf(DomainRefusal.class)
                .extracting("code").isEqualTo("case-state");
    }

    @Test
    void a_denial_at_submission_ends_the_case() {
        SalesCase sale = openCase(Set.of());
        sale.customerConfirmed();

        assertThat(sale.submit(true, Set.of(), NOW, 0).to()).isEqualTo(CaseState.DENIED);
        assertThatThrownBy(() -> sale.cancel("CANCELLED_BY_PRACTITIONER")).isInstanceOf(DomainRefusal.class);
    }

    @Test
    void conditions_that_appear_at_submission_send_the_case_back_to_collect_them() {
        SalesCase sale = openCase(Set.of());
        sale.customerConfirmed();

        SalesCase.Move move = sale.submit(false, Set.of(WITNESS, SECOND_RISK_WARNING, DUAL_RECORDING), NOW, 0);

        assertThat(move.step()).isEqualTo("CONDITIONS_CHANGED");
        assertThat(move.to()).isEqualTo(CaseState.AWAITING_WITNESS);
        assertThat(sale.conditions()).contains(WITNESS, DUAL_RECORDING);
    }

    @Test
    void steps_out_of_order_are_refused_without_changing_the_case() {
        SalesCase sale = openCase(Set.of(WITNESS));

        assertThatThrownBy(() -> sale.witnessed("head.sh")).isInstanceOf(DomainRefusal.class);
        assertThatThrownBy(() -> sale.submit(false, Set.of(), NOW, 0)).isInstanceOf(DomainRefusal.class);
        assertThat(sale.state()).isEqualTo(CaseState.AWAITING_CUSTOMER);
    }

    @Test
    void every_state_but_the_final_ones_has_a_way_out() {
        for (CaseState state : CaseState.values()) {
            boolean hasMove = EnumSet.allOf(CaseState.class).stream().anyMatch(state::mayMoveTo);
            assertThat(hasMove).as(state.name()).isEqualTo(!EnumSet.of(CaseState.DENIED, CaseState.RELEASED,
                    CaseState.CANCELLED).contains(state));
        }
    }

    private static SalesCase openCase(Set<Condition> conditions) {
        return new SalesCase(1, "S00000001", "wang", SalesCase.openingState(false), conditions, false, null, false,
                null, 0);
    }
}
