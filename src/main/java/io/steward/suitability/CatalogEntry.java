package io.steward.suitability;

/**
 * One line of the policy catalog (DESIGN §3): what the rule says, where it comes from, and where in
 * Steward it is enforced.
 *
 * @param id            the stable rule id
 * @param ruleClass     simple name of the class that holds the rule ({@code "ElderlyNeverAboveR3"})
 * @param ruleEn        the rule in English, with the default thresholds
 * @param ruleZh        the rule in Simplified Chinese
 * @param sourcePassage the passage it comes from, as quoted in DESIGN §3
 * @param enforcement   how the rule is applied
 * @param enforcedWhere the module and place that applies it
 */
public record CatalogEntry(
        RuleId id,
        String ruleClass,
        String ruleEn,
        String ruleZh,
        String sourcePassage,
        Enforcement enforcement,
        String enforcedWhere) {

    public CatalogEntry {
        Inputs.required(id, "id");
        Inputs.required(ruleClass, "ruleClass");
        Inputs.required(ruleEn, "ruleEn");
        Inputs.required(ruleZh, "ruleZh");
        Inputs.required(sourcePassage, "sourcePassage");
        Inputs.required(enforcement, "enforcement");
        Inputs.required(enforcedWhere, "enforcedWhere");
    }

    /** How a rule is applied. */
    public enum Enforcement {
        /** Evaluated by {@link SuitabilityEngine#decideSale}. */
        SALE_DECISION,
        /** Emitted by {@link SuitabilityEngine#decideSale} as an obligation on every sale that is not denied. */
        SALE_OBLIGATION,
        /** Evaluated by {@link SuitabilityEngine#decideAssessment}. */
        ASSESSMENT_DECISION,
        /** Evaluated by {@link SuitabilityEngine#decideMaterial}. */
        MATERIAL_DECISION,
        /** Enforced by another module; this package may offer a pure helper. */
        OTHER_MODULE
    }
}
