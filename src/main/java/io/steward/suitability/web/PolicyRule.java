package io.steward.suitability.web;

import io.steward.suitability.CatalogEntry;
import io.steward.suitability.PolicyCatalog;
import java.util.List;
import java.util.Locale;

/**
 * One rule of the policy catalog as the API and the pages show it: its stable id as printed ("ELDER-1"), the rule in
 * the reader's language and in both, the passage of the notice it comes from and where it is enforced.
 */
record PolicyRule(String id, String rule, String ruleEn, String ruleZh, String sourcePassage, String enforcement,
        String enforcedWhere) {

    static List<PolicyRule> catalog(Locale locale) {
        boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        return PolicyCatalog.entries().stream().map(entry -> of(entry, chinese)).toList();
    }

    private static PolicyRule of(CatalogEntry entry, boolean chinese) {
        return new PolicyRule(entry.id().code(), chinese ? entry.ruleZh() : entry.ruleEn(), entry.ruleEn(),
                entry.ruleZh(), entry.sourcePassage(), entry.enforcement().name(), entry.enforcedWhere());
    }
}
