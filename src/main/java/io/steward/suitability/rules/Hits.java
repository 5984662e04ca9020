package io.steward.suitability.rules;

import io.steward.suitability.Condition;
import io.steward.suitability.Decision;
import io.steward.suitability.Outcome;
import io.steward.suitability.RuleHit;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Collects the findings of one decision and turns them into a {@link Decision}. Not thread-safe: one per decision. */
public final class Hits {

    private static final Condition[] CONDITIONS = Condition.values();
    private static final Set<Condition>[] CONDITION_SETS = allConditionSets();

    private RuleHit[] hits = new RuleHit[8];
    private int size;
    private int conditionMask;
    private boolean denied;

    public void add(PreparedHit prepared) {
        if (size == hits.length) {
            hits = Arrays.copyOf(hits, size * 2);
        }
        hits[size++] = prepared.hit();
        conditionMask |= prepared.conditionMask();
        denied |= prepared.denies();
    }

    /** Whether a rule has denied so far. */
    public boolean denied() {
        return denied;
    }

    /**
     * DENIED if any hit denies (then no conditions: there is nothing to fulfil); otherwise the union of
     * the hits' conditions decides between ALLOWED and ALLOWED_WITH_CONDITIONS.
     */
    public Decision decision(String policyVersion) {
        Outcome outcome = denied ? Outcome.DENIED
                : conditionMask != 0 ? Outcome.ALLOWED_WITH_CONDITIONS
                : Outcome.ALLOWED;
        Set<Condition> conditions = CONDITION_SETS[denied ? 0 : conditionMask];
        return new Decision(outcome, Arrays.asList(hits).subList(0, size), conditions, policyVersion);
    }

    @SuppressWarnings("unchecked")
    private static Set<Condition>[] allConditionSets() {
        Set<Condition>[] sets = new Set[1 << CONDITIONS.length];
        for (int mask = 0; mask < sets.length; mask++) {
            EnumSet<Condition> set = EnumSet.noneOf(Condition.class);
            for (Condition condition : CONDITIONS) {
                if ((mask & (1 << condition.ordinal())) != 0) {
                    set.add(condition);
                }
            }
            sets[mask] = Collections.unmodifiableSet(set);
        }
        return sets;
    }
}
