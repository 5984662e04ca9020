package io.steward.suitability;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Request bodies for policy proposals: the default thresholds by default, changed field by field. Approved versions
 * are shared by every test of the run and two never take effect on the same day, so each test takes days of its own.
 */
final class Proposals {

    private static final AtomicInteger DAYS_TAKEN = new AtomicInteger();

    private final Map<String, Object> fields = new HashMap<>();

    private Proposals(LocalDate effectiveFrom) {
        fields.put("effectiveFrom", effectiveFrom.toString());
        fields.put("elderlyAge", 65);
        fields.put("minorAge", 18);
        fields.put("highestLevelForElderly", "R3");
        fields.put("elderlyWitnessFrom", "R3");
        fields.put("earmarkedHighRiskFrom", "R4");
        fields.put("earmarkedPurposes", List.of("PENSION", "RETIREMENT", "EDUCATION"));
        fields.put("assessmentValidityDays", 365);
        fields.put("repeatAssessmentWindowDays", 30);
        fields.put("afterDeniedSaleWindowDays", 7);
        fields.put("recordingRequiredFor", List.of("ELDERLY_CUSTOMER", "OVERRIDE_SALE"));
        fields.put("rationale", "Regulator's circular on elderly investors");
    }

    static Proposals aProposal(LocalDate effectiveFrom) {
        return new Proposals(effectiveFrom);
    }

    /** The first of {@code count} consecutive days no other test of this run uses, well after today. */
    static LocalDate freshDays(LocalDate today, int count) {
        return today.plusDays(500 + DAYS_TAKEN.getAndAdd(count + 1));
    }

    Proposals with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    Proposals without(String field) {
        fields.remove(field);
        return this;
    }

    Map<String, Object> body() {
        return new HashMap<>(fields);
    }
}
