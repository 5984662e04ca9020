package io.steward.suitability.versions;

import io.steward.suitability.FundPurpose;
import io.steward.suitability.PolicyParameters;
import io.steward.suitability.PolicyParameters.RecordingTrigger;
import io.steward.suitability.RiskLevel;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * A compliance officer's proposal for a new policy version: every threshold of {@link PolicyParameters}, the day it
 * takes effect and why. Bounds here catch typing errors field by field; the engine's own checks
 * ({@link PolicyParameters}'s constructor) stay the last word.
 */
public record PolicyProposal(
        @NotNull LocalDate effectiveFrom,
        @NotNull @Min(50) @Max(100) Integer elderlyAge,
        @NotNull @Min(14) @Max(21) Integer minorAge,
        @NotNull RiskLevel highestLevelForElderly,
        @NotNull RiskLevel elderlyWitnessFrom,
        @NotNull RiskLevel earmarkedHighRiskFrom,
        @NotNull Set<@NotNull FundPurpose> earmarkedPurposes,
        @NotNull @Min(1) @Max(1095) Integer assessmentValidityDays,
        @NotNull @Min(0) @Max(365) Integer repeatAssessmentWindowDays,
        @NotNull @Min(0) @Max(365) Integer afterDeniedSaleWindowDays,
        @NotNull Set<@NotNull RecordingTrigger> recordingRequiredFor,
        @NotBlank @Size(max = 2000) String rationale) {

    /** ELDER-2 applies below the ELDER-1 ceiling: a witness level above it could never be reached. */
    @AssertTrue(message = "{suitability.validation.witness-within-ceiling}")
    public boolean isWitnessWithinElderlyCeiling() {
        return elderlyWitnessFrom == null || highestLevelForElderly == null
                || !elderlyWitnessFrom.isAbove(highestLevelForElderly);
    }

    /** FUND-2 protects money with a purpose; general savings have none. */
    @AssertTrue(message = "{suitability.validation.earmarked-specific}")
    public boolean isEarmarkedPurposesSpecific() {
        return earmarkedPurposes == null || !earmarkedPurposes.contains(FundPurpose.GENERAL);
    }

    /** The proposal as engine parameters under the given version id; throws what the engine refuses. */
    public PolicyParameters toParameters(String versionId) {
        return new PolicyParameters(versionId, effectiveFrom, elderlyAge, minorAge, highestLevelForElderly,
                elderlyWitnessFrom, earmarkedHighRiskFrom, earmarkedPurposes, assessmentValidityDays,
                repeatAssessmentWindowDays, afterDeniedSaleWindowDays, recordingRequiredFor);
    }
}
