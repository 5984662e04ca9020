package io.steward.suitability;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One rule's finding, with its explanation in both languages and the passage it comes from, so the
 * practitioner, the customer-facing pages and an auditor read the same reason.
 *
 * @param ruleId        the catalog id
 * @param effect        what the finding does to the decision
 * @param reason        a stable key for the finding within its rule ({@code "expired"}, {@code "below-minimum"}),
 *                      for message bundles and tests
 * @param conditions    what must happen first (empty unless {@code effect} is CONDITION)
 * @param messageEn     the explanation in English
 * @param messageZh     the explanation in Simplified Chinese
 * @param sourcePassage the passage of the notice (or the regulation) the rule comes from, as quoted in DESIGN §3
 */
public record RuleHit(
        RuleId ruleId,
        Effect effect,
        String reason,
        Set<Condition> conditions,
        String messageEn,
        String messageZh,
        String sourcePassage) {

    public RuleHit {
        Inputs.required(ruleId, "ruleId");
        Inputs.required(effect, "effect");
        Inputs.required(reason, "reason");
        Inputs.required(messageEn, "messageEn");
        Inputs.required(messageZh, "messageZh");
        Inputs.required(sourcePassage, "sourcePassage");
        EnumSet<Condition> copy = EnumSet.noneOf(Condition.class);
        copy.addAll(Inputs.required(conditions, "conditions"));
        if ((effect == Effect.CONDITION) == copy.isEmpty()) {
            throw new IllegalArgumentException(ruleId + "/" + reason + ": a CONDITION hit names its conditions, no other hit does");
        }
        conditions = Collections.unmodifiableSet(copy);
    }

    /** What a hit does to the decision. */
    public enum Effect {
        /** The sale (or assessment, or material) is refused. */
        DENY,
        /** Allowed only once its conditions are met. */
        CONDITION,
        /** A duty that holds for every sale that goes ahead, enforced by another module (CONF-1, CONF-2). */
        OBLIGATION,
        /** Allowed, but a reviewer should look (ASSESS-3: a rise in level). */
        FLAG
    }
}
