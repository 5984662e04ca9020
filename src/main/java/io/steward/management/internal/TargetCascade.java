package io.steward.management.internal;

import io.steward.management.Metric;
import io.steward.platform.DomainRefusal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A department's target for one metric and period, broken down to its teams and each team to its members
 * (Article 9: "manage the tasks of business departments by objectives, reach each team and individual").
 *
 * <p>The parts must add up. For an additive metric the children's targets must sum to exactly the parent's: a
 * shortfall would leave part of the department's target unassigned, an excess would hold staff to more than the
 * department owes. SATISFACTION is an average, so instead every team and every member must aim at least as high as
 * the level above.
 */
public record TargetCascade(
        @NotNull Period.Kind periodKind,
        @NotBlank String period,
        @NotNull Metric metric,
        @NotNull @PositiveOrZero BigDecimal target,
        @NotEmpty List<@Valid @NotNull TeamShare> teams) {

    public record TeamShare(@NotBlank String team, @NotNull @PositiveOrZero BigDecimal target,
            @NotEmpty List<@Valid @NotNull MemberShare> members) {
    }

    public record MemberShare(@NotBlank String username, @NotNull @PositiveOrZero @DecimalMax("1000000000000") BigDecimal target) {
    }

    /** Refuses the first part that does not add up, naming it and the shortfall or excess. */
    public void checkArithmetic() {
        Set<String> teamCodes = new HashSet<>();
        for (TeamShare team : teams) {
            if (!teamCodes.add(team.team())) {
                throw DomainRefusal.invalid("target-duplicate-part", "Team " + team.team() + " appears twice", team.team());
            }
            Set<String> members = new HashSet<>();
            for (MemberShare member : team.members()) {
                if (!members.add(member.username())) {
                    throw DomainRefusal.invalid("target-duplicate-part", member.username() + " appears twice",
                            member.username());
                }
            }
        }
        if (metric.additive()) {
            checkSum("department", target, teams.stream().map(TeamShare::target).toList());
            for (TeamShare team : teams) {
                checkSum(team.team(), team.target(), team.members().stream().map(MemberShare::target).toList());
            }
        } else {
            checkScale("department", target);
            for (TeamShare team : teams) {
                checkScale(team.team(), team.target());
                team.members().forEach(member -> checkScale(member.username(), member.target()));
                checkAtLeast(team.team(), team.target(), "department", target);
                for (MemberShare member : team.members()) {
                    checkAtLeast(member.username(), member.target(), team.team(), team.target());
                }
            }
        }
    }

    private static void checkSum(String parent, BigDecimal parentTarget, List<BigDecimal> parts) {
        BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int comparison = sum.compareTo(parentTarget);
        if (comparison < 0) {
            BigDecimal shortfall = parentTarget.subtract(sum);
            throw DomainRefusal.invalid("target-cascade-shortfall", "The parts of " + parent + " add up to " + sum
                    + ", " + shortfall.toPlainString() + " short of its target " + parentTarget,
                    parent, parentTarget.toPlainString(), sum.toPlainString(), shortfall.toPlainString());
        }
        if (comparison > 0) {
            BigDecimal excess = sum.subtract(parentTarget);
            throw DomainRefusal.invalid("target-cascade-excess", "The parts of " + parent + " add up to " + sum
                    + ", " + excess.toPlainString() + " more than its target " + parentTarget,
                    parent, parentTarget.toPlainString(), sum.toPlainString(), excess.toPlainString());
        }
    }

    private static void checkScale(String part, BigDecimal value) {
        if (value.compareTo(BigDecimal.ONE) < 0 || value.compareTo(BigDecimal.valueOf(5)) > 0) {
            throw DomainRefusal.invalid("target-satisfaction-scale", "A satisfaction target of " + part
                    + " is a score from 1 to 5", part, value.toPlainString());
        }
    }

    private static void checkAtLeast(String part, BigDecimal partTarget, String whole, BigDecimal wholeTarget) {
        if (partTarget.compareTo(wholeTarget) < 0) {
            throw DomainRefusal.invalid("target-below-average", part + " aims at " + partTarget + ", below the "
                    + wholeTarget + " of " + whole, part, partTarget.toPlainString(), whole, wholeTarget.toPlainString());
        }
    }
}
