package io.steward.suitability;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The policy's answer: a value, never an exception. A DENIED decision lists every rule that denied, not
 * only the first, so the practitioner sees everything wrong at once.
 *
 * @param outcome       ALLOWED, ALLOWED_WITH_CONDITIONS or DENIED
 * @param hits          every rule that had something to say, in the order of DESIGN §3, except that the
 *                      CONF obligations come last
 * @param conditions    for a decision that is not DENIED, the union of its hits' conditions; empty when DENIED
 * @param policyVersion the {@link PolicyParameters#versionId()} the decision was made under
 */
public record Decision(Outcome outcome, List<RuleHit> hits, Set<Condition> conditions, String policyVersion) {

    public Decision {
        Inputs.required(outcome, "outcome");
        hits = List.copyOf(Inputs.required(hits, "hits"));
        EnumSet<Condition> copy = EnumSet.noneOf(Condition.class);
        copy.addAll(Inputs.required(conditions, "conditions"));
        conditions = Collections.unmodifiableSet(copy);
        Inputs.required(policyVersion, "policyVersion");
    }

    /** Whether the outcome is DENIED. */
    public boolean denied() {
        return outcome == Outcome.DENIED;
    }

    /** The hits that denied, in the order of {@link #hits()}; empty unless DENIED. */
    public List<RuleHit> denials() {
        return hits.stream().filter(hit -> hit.effect() == RuleHit.Effect.DENY).toList();
    }

    /** Whether any hit comes from that rule. */
    public boolean hasHit(RuleId ruleId) {
        for (RuleHit hit : hits) {
            if (hit.ruleId() == ruleId) {
                return true;
            }
        }
        return false;
    }
}
