package io.steward.suitability;

import io.steward.suitability.PolicyParameters.RecordingTrigger;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default policy version carries the notice's thresholds; a version that makes no sense is refused. */
class PolicyParametersTest {

    private static final PolicyParameters D = PolicyParameters.defaults();

    @Test
    void the_default_version_has_the_thresholds_of_the_notice_and_design() {
        assertThat(D.versionId()).isEqualTo("steward-default-1");
        assertThat(D.elderlyAge()).isEqualTo(65);
        assertThat(D.minorAge()).isEqualTo(18);
        assertThat(D.highestLevelForElderly()).isEqualTo(RiskLevel.R3);
        assertThat(D.elderlyWitnessFrom()).isEqualTo(RiskLevel.R3);
        assertThat(D.earmarkedHighRiskFrom()).isEqualTo(RiskLevel.R4);
        assertThat(D.earmarkedPurposes()).containsExactly(FundPurpose.PENSION, FundPurpose.RETIREMENT, FundPurpose.EDUCATION,
                FundPurpose.MEDICAL, FundPurpose.HOUSING);
        assertThat(D.assessmentValidityDays()).isEqualTo(365);
        assertThat(D.repeatAssessmentWindowDays()).isEqualTo(30);
        assertThat(D.afterDeniedSaleWindowDays()).isEqualTo(7);
        assertThat(D.recordingRequiredFor()).containsExactly(RecordingTrigger.ELDERLY_CUSTOMER, RecordingTrigger.OVERRIDE_SALE);
    }

    @Test
    void a_minor_age_at_or_above_the_elderly_age_is_refused() {
        assertThatThrownBy(() -> with(65, 65, RiskLevel.R3, RiskLevel.R3, EnumSet.of(FundPurpose.PENSION), 365))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minorAge (65) must be below elderlyAge (65)");
    }

    @Test
    void a_witness_threshold_above_what_the_elderly_may_buy_is_refused() {
        assertThatThrownBy(() -> with(65, 18, RiskLevel.R3, RiskLevel.R4, EnumSet.of(FundPurpose.PENSION), 365))
                .hasMessageContaining("ELDER-2 could never apply");
    }

    @Test
    void general_savings_cannot_be_earmarked() {
        assertThatThrownBy(() -> with(65, 18, RiskLevel.R3, RiskLevel.R3, EnumSet.of(FundPurpose.GENERAL), 365))
                .hasMessageContaining("GENERAL");
    }

    @Test
    void an_assessment_must_be_valid_for_at_least_a_day() {
        assertThatThrownBy(() -> with(65, 18, RiskLevel.R3, RiskLevel.R3, EnumSet.of(FundPurpose.PENSION), 0))
                .hasMessageContaining("assessmentValidityDays must be at least 1");
    }

    @Test
    void a_version_needs_an_id() {
        assertThatThrownBy(() -> new PolicyParameters(" ", D.effectiveFrom(), 65, 18, RiskLevel.R3, RiskLevel.R3, RiskLevel.R4,
                D.earmarkedPurposes(), 365, 30, 7, D.recordingRequiredFor()))
                .hasMessageContaining("versionId");
    }

    @Test
    void the_sets_are_copied_and_cannot_be_changed_afterwards() {
        EnumSet<FundPurpose> purposes = EnumSet.of(FundPurpose.PENSION);
        PolicyParameters parameters = with(65, 18, RiskLevel.R3, RiskLevel.R3, purposes, 365);
        purposes.add(FundPurpose.EDUCATION);

        assertThat(parameters.earmarkedPurposes()).containsExactly(FundPurpose.PENSION);
        assertThatThrownBy(() -> parameters.earmarkedPurposes().add(FundPurpose.HOUSING))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(parameters).isEqualTo(with(65, 18, RiskLevel.R3, RiskLevel.R3, Set.of(FundPurpose.PENSION), 365));
    }

    private static PolicyParameters with(int elderly, int minor, RiskLevel highest, RiskLevel witnessFrom,
                                         Set<FundPurpose> earmarked, int validity) {
        return new PolicyParameters("test", LocalDate.of(2026, 1, 1), elderly, minor, highest, witnessFrom, RiskLevel.R4,
                earmarked, validity, 30, 7, EnumSet.of(RecordingTrigger.ELDERLY_CUSTOMER));
    }
}
