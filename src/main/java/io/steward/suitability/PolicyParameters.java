package io.steward.suitability;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The thresholds of one policy version. DESIGN §3: "Thresholds (ages, days, the R-level that counts as
 * high risk) are parameters of a policy version, not constants." COMPLIANCE publishes versions with four
 * eyes; every decision names the {@link #versionId()} it was made under, and replaying a stored decision
 * means running its stored input through an engine built from the same version.
 *
 * @param versionId                    stable id of this version, never reused for different values
 * @param effectiveFrom                first day the version applies; choosing the version in force on a
 *                                     decision date is the caller's job, the engine does not check it
 * @param elderlyAge                   from this birthday on a customer is elderly (ELDER-1/2, MATCH-2, REC-1); 65
 * @param minorAge                     before this birthday a customer is a minor (MINOR-1, MATCH-2, ASSESS-4); 18
 * @param highestLevelForElderly       the highest product level an elderly customer may buy (ELDER-1); R3
 * @param elderlyWitnessFrom           from this level an elderly customer's purchase needs a witness and a
 *                                     second risk warning (ELDER-2); R3
 * @param earmarkedHighRiskFrom        from this level a product is too risky for earmarked money (FUND-2); R4
 * @param earmarkedPurposes            fund purposes that count as earmarked (FUND-2); pension, retirement,
 *                                     education, medical, housing
 * @param assessmentValidityDays       an assessment confirmed on day D0 is valid through D0 + days − 1 and
 *                                     expired from D0 + days (ASSESS-1); 365
 * @param repeatAssessmentWindowDays   a new assessment up to this many days after the previous one needs
 *                                     review (ASSESS-3); 30
 * @param afterDeniedSaleWindowDays    a new assessment up to this many days after a denied sale needs
 *                                     review (ASSESS-3); 7
 * @param recordingRequiredFor         which sales carry a dual recording (REC-1); elderly customers and
 *                                     override sales
 */
public record PolicyParameters(
        String versionId,
        LocalDate effectiveFrom,
        int elderlyAge,
        int minorAge,
        RiskLevel highestLevelForElderly,
        RiskLevel elderlyWitnessFrom,
        RiskLevel earmarkedHighRiskFrom,
        Set<FundPurpose> earmarkedPurposes,
        int assessmentValidityDays,
        int repeatAssessmentWindowDays,
        int afterDeniedSaleWindowDays,
        Set<RecordingTrigger> recordingRequiredFor) {

    /** The version id of {@link #defaults()}. */
    public static final String DEFAULT_VERSION_ID = "steward-default-1";

    private static final PolicyParameters DEFAULTS = new PolicyParameters(
            DEFAULT_VERSION_ID,
            LocalDate.of(2026, 1, 1),
            65,
            18,
            RiskLevel.R3,
            RiskLevel.R3,
            RiskLevel.R4,
            EnumSet.of(FundPurpose.PENSION, FundPurpose.RETIREMENT, FundPurpose.EDUCATION,
                    FundPurpose.MEDICAL, FundPurpose.HOUSING),
            365,
            30,
            7,
            EnumSet.of(RecordingTrigger.ELDERLY_CUSTOMER, RecordingTrigger.OVERRIDE_SALE));

    public PolicyParameters {
        if (versionId == null || versionId.isBlank()) {
            throw new IllegalArgumentException("a policy version needs a non-blank versionId");
        }
        Inputs.required(effectiveFrom, "effectiveFrom");
        if (minorAge < 1) {
            throw new IllegalArgumentException("minorAge must be at least 1, got " + minorAge);
        }
        if (minorAge >= elderlyAge) {
            throw new IllegalArgumentException("minorAge (" + minorAge + ") must be below elderlyAge (" + elderlyAge + ")");
        }
        if (elderlyAge > 130) {
            throw new IllegalArgumentException("elderlyAge must be a human age, got " + elderlyAge);
        }
        Inputs.required(highestLevelForElderly, "highestLevelForElderly");
        Inputs.required(elderlyWitnessFrom, "elderlyWitnessFrom");
        Inputs.required(earmarkedHighRiskFrom, "earmarkedHighRiskFrom");
        if (elderlyWitnessFrom.isAbove(highestLevelForElderly)) {
            throw new IllegalArgumentException("elderlyWitnessFrom (" + elderlyWitnessFrom
                    + ") is above highestLevelForElderly (" + highestLevelForElderly + "): ELDER-2 could never apply");
        }
        earmarkedPurposes = immutableCopy(Inputs.required(earmarkedPurposes, "earmarkedPurposes"), FundPurpose.class);
        if (earmarkedPurposes.contains(FundPurpose.GENERAL)) {
            throw new IllegalArgumentException("GENERAL savings have no specific purpose and cannot be earmarked");
        }
        if (assessmentValidityDays < 1) {
            throw new IllegalArgumentException("assessmentValidityDays must be at least 1, got " + assessmentValidityDays);
        }
        if (repeatAssessmentWindowDays < 0) {
            throw new IllegalArgumentException("repeatAssessmentWindowDays must not be negative, got " + repeatAssessmentWindowDays);
        }
        if (afterDeniedSaleWindowDays < 0) {
            throw new IllegalArgumentException("afterDeniedSaleWindowDays must not be negative, got " + afterDeniedSaleWindowDays);
        }
        recordingRequiredFor = immutableCopy(Inputs.required(recordingRequiredFor, "recordingRequiredFor"), RecordingTrigger.class);
    }

    /**
     * The built-in policy, version {@value #DEFAULT_VERSION_ID}: the notice's thresholds (65, 18, R3, R4)
     * and the defaults of DESIGN §3 (365, 30 and 7 days; recordings for elderly and override sales).
     */
    public static PolicyParameters defaults() {
        return DEFAULTS;
    }

    /** FUND-2: whether money for this purpose is earmarked under this version. */
    public boolean earmarks(FundPurpose purpose) {
        return earmarkedPurposes.contains(purpose);
    }

    /** Which sales carry a dual recording (REC-1). */
    public enum RecordingTrigger {
        /** The customer is at or above {@link #elderlyAge()} on the decision date. */
        ELDERLY_CUSTOMER,
        /** The customer insisted on a product above their tolerance (MATCH-1 override). */
        OVERRIDE_SALE,
        /** The customer is below {@link #minorAge()}; off by default, some banks record these too. */
        MINOR_CUSTOMER
    }

    private static <E extends Enum<E>> Set<E> immutableCopy(Set<E> values, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
    }
}
