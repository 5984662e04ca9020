package io.steward.suitability.web;

import io.steward.suitability.PolicyParameters;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The values the proposal form shows: the version in force with tomorrow as the effective day, or what the officer
 * typed when the form comes back with errors. Single values are strings, the two sets are sets of names.
 */
final class ProposalForm {

    private static final String[] SINGLE = {"effectiveFrom", "elderlyAge", "minorAge", "highestLevelForElderly",
            "elderlyWitnessFrom", "earmarkedHighRiskFrom", "assessmentValidityDays", "repeatAssessmentWindowDays",
            "afterDeniedSaleWindowDays", "rationale"};

    private ProposalForm() {
    }

    static Map<String, Object> from(PolicyParameters inForce, LocalDate effectiveFrom) {
        Map<String, Object> values = new HashMap<>();
        values.put("effectiveFrom", effectiveFrom.toString());
        values.put("elderlyAge", String.valueOf(inForce.elderlyAge()));
        values.put("minorAge", String.valueOf(inForce.minorAge()));
        values.put("highestLevelForElderly", inForce.highestLevelForElderly().name());
        values.put("elderlyWitnessFrom", inForce.elderlyWitnessFrom().name());
        values.put("earmarkedHighRiskFrom", inForce.earmarkedHighRiskFrom().name());
        values.put("earmarkedPurposes", names(inForce.earmarkedPurposes()));
        values.put("assessmentValidityDays", String.valueOf(inForce.assessmentValidityDays()));
        values.put("repeatAssessmentWindowDays", String.valueOf(inForce.repeatAssessmentWindowDays()));
        values.put("afterDeniedSaleWindowDays", String.valueOf(inForce.afterDeniedSaleWindowDays()));
        values.put("recordingRequiredFor", names(inForce.recordingRequiredFor()));
        values.put("rationale", "");
        return values;
    }

    static Map<String, Object> typed(Map<String, String[]> parameters) {
        Map<String, Object> values = new HashMap<>();
        for (String field : SINGLE) {
            String[] typed = parameters.get(field);
            values.put(field, typed == null || typed.length == 0 ? "" : typed[0]);
        }
        values.put("earmarkedPurposes", new HashSet<>(Arrays.asList(parameters.getOrDefault("earmarkedPurposes", new String[0]))));
        values.put("recordingRequiredFor", new HashSet<>(Arrays.asList(parameters.getOrDefault("recordingRequiredFor", new String[0]))));
        return values;
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.toSet());
    }
}
