package io.steward.suitability;

import io.steward.suitability.RuleHit.Effect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.steward.suitability.AssessmentScenario.aNewAssessment;
import static io.steward.suitability.CustomerRiskLevel.C1;
import static io.steward.suitability.CustomerRiskLevel.C2;
import static io.steward.suitability.CustomerRiskLevel.C3;
import static io.steward.suitability.CustomerRiskLevel.C4;
import static io.steward.suitability.CustomerRiskLevel.FAILED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** ASSESS-3 and ASSESS-4: may a newly completed assessment take effect, and on what conditions. */
class AssessmentDecisionTest {

    private final SuitabilityEngine engine = SuitabilityEngine.withDefaults();

    @Test
    void a_first_assessment_takes_effect_directly() {
        Decision decision = decide(aNewAssessment());

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(decision.hits()).isEmpty();
    }

    @ParameterizedTest(name = "{0} days after the previous one: {1}")
    @CsvSource({
            "0,  ALLOWED_WITH_CONDITIONS",
            "29, ALLOWED_WITH_CONDITIONS",
            "30, ALLOWED_WITH_CONDITIONS",
            "31, ALLOWED",
            "365, ALLOWED"})
    void a_repeat_assessment_within_30_days_of_the_previous_one_needs_approval(int days, Outcome expected) {
        Decision decision = decide(aNewAssessment().daysAfterThePreviousOne(days));

        assertThat(decision.outcome()).isEqualTo(expected);
        if (expected == Outcome.ALLOWED_WITH_CONDITIONS) {
            assertThat(decision.conditions()).containsExactly(Condition.REVIEW_APPROVAL);
            assertThat(decision.hits()).extracting(RuleHit::ruleId, RuleHit::reason)
                    .containsExactly(tuple(RuleId.ASSESS_3, "repeat-within-window"));
        } else {
            assertThat(decision.hits()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} days after a denied sale: {1}")
    @CsvSource({
            "0, ALLOWED_WITH_CONDITIONS",
            "6, ALLOWED_WITH_CONDITIONS",
            "7, ALLOWED_WITH_CONDITIONS",
            "8, ALLOWED"})
    void an_assessment_within_7_days_after_a_denied_sale_needs_approval(int days, Outcome expected) {
        Decision decision = decide(aNewAssessment().daysAfterThePreviousOne(200).daysAfterADeniedSale(days));

        assertThat(decision.outcome()).isEqualTo(expected);
        if (expected == Outcome.ALLOWED_WITH_CONDITIONS) {
            assertThat(decision.conditions()).containsExactly(Condition.REVIEW_APPROVAL);
            assertThat(decision.hits()).extracting(RuleHit::ruleId, RuleHit::reason)
                    .containsExactly(tuple(RuleId.ASSESS_3, "after-denied-sale"));
        } else {
            assertThat(decision.hits()).isEmpty();
        }
    }

    @Test
    void a_first_assessment_right_after_a_denied_sale_needs_approval_too() {
        Decision decision = decide(aNewAssessment().daysAfterADeniedSale(2));

        assertThat(decision.conditions()).containsExactly(Condition.REVIEW_APPROVAL);
    }

    @Test
    void inside_both_windows_the_reviewer_sees_both_reasons() {
        Decision decision = decide(aNewAssessment().daysAfterThePreviousOne(10).daysAfterADeniedSale(3));

        assertThat(decision.hits()).extracting(RuleHit::reason).containsExactly("repeat-within-window", "after-denied-sale");
        assertThat(decision.conditions()).containsExactly(Condition.REVIEW_APPROVAL);
    }

    @Test
    void a_rise_in_level_on_a_repeat_assessment_is_flagged_for_the_reviewer() {
        Decision decision = decide(aNewAssessment().from(C2, C4).daysAfterThePreviousOne(12));

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED_WITH_CONDITIONS);
        assertThat(decision.hits()).extracting(RuleHit::effect, RuleHit::reason).containsExactly(
                tuple(Effect.CONDITION, "repeat-within-window"),
                tuple(Effect.FLAG, "level-rise"));
        RuleHit flag = decision.hits().get(1);
        assertThat(flag.messageEn()).contains("from C2 to C4");
        assertThat(flag.messageZh()).contains("由C2升至C4");
        assertThat(flag.conditions()).isEmpty();
    }

    @Test
    void passing_after_failing_counts_as_a_rise() {
        Decision decision = decide(aNewAssessment().from(FAILED, C1).daysAfterADeniedSale(1));

        assertThat(decision.hits()).extracting(RuleHit::reason).contains("level-rise");
    }

    @Test
    void the_same_or_a_lower_level_is_not_flagged() {
        assertThat(decide(aNewAssessment().from(C3, C3).daysAfterThePreviousOne(5)).hits())
                .extracting(RuleHit::reason).containsExactly("repeat-within-window");
        assertThat(decide(aNewAssessment().from(C4, C2).daysAfterThePreviousOne(5)).hits())
                .extracting(RuleHit::reason).containsExactly("repeat-within-window");
    }

    @Test
    void a_rise_a_year_later_is_an_ordinary_reassessment() {
        Decision decision = decide(aNewAssessment().from(C2, C4).daysAfterThePreviousOne(365));

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(decision.hits()).isEmpty();
    }

    @Test
    void a_minor_assessed_at_the_branch_with_a_verified_guardian_needs_the_guardians_co_confirmation() {
        Decision decision = decide(aNewAssessment().ofACustomerAged(16).withVerifiedGuardian());

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED_WITH_CONDITIONS);
        assertThat(decision.conditions()).containsExactly(Condition.GUARDIAN_PRESENT);
        assertThat(decision.hits()).extracting(RuleHit::ruleId, RuleHit::reason)
                .containsExactly(tuple(RuleId.ASSESS_4, "guardian-co-confirms"));
    }

    @Test
    void a_minor_cannot_be_assessed_online() {
        Decision decision = decide(aNewAssessment().ofACustomerAged(16).withVerifiedGuardian().online());

        assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(decision.denials()).extracting(RuleHit::ruleId, RuleHit::reason)
                .containsExactly(tuple(RuleId.ASSESS_4, "remote"));
    }

    @Test
    void a_minor_cannot_be_assessed_without_a_verified_guardian() {
        Decision decision = decide(aNewAssessment().ofACustomerAged(16));

        assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(decision.denials()).extracting(RuleHit::reason).containsExactly("guardian-not-verified");
    }

    @Test
    void a_minor_assessed_online_without_a_guardian_is_told_both_reasons() {
        Decision decision = decide(aNewAssessment().ofACustomerAged(16).online());

        assertThat(decision.denials()).extracting(RuleHit::reason).containsExactly("remote", "guardian-not-verified");
        assertThat(decision.conditions()).isEmpty();
    }

    @Test
    void the_day_before_their_18th_birthday_a_customer_is_still_assessed_as_a_minor() {
        assertThat(decide(aNewAssessment().ofACustomerTheDayBeforeTheirBirthday(18).online()).outcome()).isEqualTo(Outcome.DENIED);
        assertThat(decide(aNewAssessment().ofACustomerAged(18).online()).outcome()).isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void a_minors_repeat_assessment_needs_both_the_guardian_and_the_approval() {
        Decision decision = decide(aNewAssessment().ofACustomerAged(16).withVerifiedGuardian().from(C1, C3).daysAfterThePreviousOne(3));

        assertThat(decision.conditions()).containsExactly(Condition.GUARDIAN_PRESENT, Condition.REVIEW_APPROVAL);
        assertThat(decision.hits()).extracting(RuleHit::ruleId)
                .containsExactly(RuleId.ASSESS_3, RuleId.ASSESS_3, RuleId.ASSESS_4);
    }

    private Decision decide(AssessmentScenario scenario) {
        return engine.decideAssessment(scenario.toAssessment());
    }
}
