package io.steward.management.internal;

import io.steward.management.Metric;
import io.steward.platform.DomainRefusal;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * One employee's monthly performance appraisal (Article 7: "count, verify and confirm various assessment
 * indicators"). The figures are computed (DRAFT), the manager verifies them (VERIFIED), the employee confirms
 * (CONFIRMED) or disputes with a reason (DISPUTED, back with the manager, who revises and verifies again), and the
 * manager finalises a confirmed appraisal (FINALISED). The moves allowed are all in this record.
 */
public record Appraisal(long id, String department, String employee, String post, LocalDate month, State state,
        BigDecimal totalScore, int version, List<Item> items, List<Step> steps) {

    public enum State {
        DRAFT,
        VERIFIED,
        CONFIRMED,
        DISPUTED,
        FINALISED
    }

    @Schema(name = "AppraisalItem")
    public record Item(String code, String name, Metric metric, int weight, BigDecimal target, BigDecimal actual,
            BigDecimal score, String note) {
    }

    @Schema(name = "AppraisalStep")
    public record Step(State from, State to, String actor, String reason, OffsetDateTime at) {
    }

    /** The manager changes figures only while the appraisal is with them. */
    void requireWithManager() {
        require(Set.of(State.DRAFT, State.DISPUTED), "revise");
    }

    State verify() {
        require(Set.of(State.DRAFT, State.DISPUTED), "verify");
        List<String> unscored = items.stream().filter(item -> item.score() == null).map(Item::code).toList();
        if (!unscored.isEmpty()) {
            throw DomainRefusal.conflict("appraisal-unscored", "Score every indicator before verifying: " + unscored,
                    String.join(", ", unscored));
        }
        return State.VERIFIED;
    }

    State confirm() {
        require(Set.of(State.VERIFIED), "confirm");
        return State.CONFIRMED;
    }

    State dispute() {
        require(Set.of(State.VERIFIED), "dispute");
        return State.DISPUTED;
    }

    State finalise() {
        require(Set.of(State.CONFIRMED), "finalise");
        return State.FINALISED;
    }

    private void require(Set<State> states, String move) {
        if (!states.contains(state)) {
            throw DomainRefusal.conflict("appraisal-state", "An appraisal in state " + state + " cannot " + move,
                    state, move);
        }
    }
}
