package io.steward.suitability.rules;

import io.steward.suitability.CatalogEntry;
import io.steward.suitability.Condition;
import io.steward.suitability.RuleHit;
import io.steward.suitability.RuleHit.Effect;

import java.util.EnumSet;
import java.util.Set;

/** A finding built once per policy version, with its conditions as a bit mask for the hot path. */
public record PreparedHit(RuleHit hit, int conditionMask, boolean denies) {

    static PreparedHit deny(CatalogEntry rule, String reason, String en, String zh) {
        return of(rule, Effect.DENY, reason, Set.of(), en, zh);
    }

    static PreparedHit condition(CatalogEntry rule, String reason, String en, String zh, Condition first, Condition... rest) {
        return of(rule, Effect.CONDITION, reason, EnumSet.of(first, rest), en, zh);
    }

    static PreparedHit obligation(CatalogEntry rule, String en, String zh) {
        return of(rule, Effect.OBLIGATION, "obligation", Set.of(), en, zh);
    }

    static PreparedHit flag(CatalogEntry rule, String reason, String en, String zh) {
        return of(rule, Effect.FLAG, reason, Set.of(), en, zh);
    }

    private static PreparedHit of(CatalogEntry rule, Effect effect, String reason, Set<Condition> conditions, String en, String zh) {
        RuleHit hit = new RuleHit(rule.id(), effect, reason, conditions, en, zh, rule.sourcePassage());
        int mask = 0;
        for (Condition condition : hit.conditions()) {
            mask |= 1 << condition.ordinal();
        }
        return new PreparedHit(hit, mask, effect == Effect.DENY);
    }
}
