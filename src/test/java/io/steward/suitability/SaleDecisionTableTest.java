package io.steward.suitability;

import io.steward.suitability.RuleHit.Effect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.steward.suitability.Condition.COOLING_OFF;
import static io.steward.suitability.Condition.DUAL_RECORDING;
import static io.steward.suitability.Condition.GUARDIAN_PRESENT;
import static io.steward.suitability.Condition.RISK_REITERATION;
import static io.steward.suitability.Condition.SECOND_RISK_WARNING;
import static io.steward.suitability.Condition.SPECIAL_STATEMENT;
import static io.steward.suitability.Condition.WITNESS;
import static io.steward.suitability.CustomerRiskLevel.C1;
import static io.steward.suitability.CustomerRiskLevel.C2;
import static io.steward.suitability.CustomerRiskLevel.C3;
import static io.steward.suitability.CustomerRiskLevel.C4;
import static io.steward.suitability.CustomerRiskLevel.C5;
import static io.steward.suitability.FundPurpose.EDUCATION;
import static io.steward.suitability.FundPurpose.HOUSING;
import static io.steward.suitability.FundPurpose.MEDICAL;
import static io.steward.suitability.FundPurpose.PENSION;
import static io.steward.suitability.FundPurpose.RETIREMENT;
import static io.steward.suitability.RiskLevel.R1;
import static io.steward.suitability.RiskLevel.R2;
import static io.steward.suitability.RiskLevel.R3;
import static io.steward.suitability.RiskLevel.R4;
import static io.steward.suitability.RiskLevel.R5;
import static io.steward.suitability.RuleId.ASSESS_1;
import static io.steward.suitability.RuleId.ASSESS_2;
import static io.steward.suitability.RuleId.COOL_1;
import static io.steward.suitability.RuleId.ELDER_1;
import static io.steward.suitability.RuleId.ELDER_2;
import static io.steward.suitability.RuleId.FUND_1;
import static io.steward.suitability.RuleId.FUND_2;
import static io.steward.suitability.RuleId.MATCH_1;
import static io.steward.suitability.RuleId.MATCH_2;
import static io.steward.suitability.RuleId.MINOR_1;
import static io.steward.suitability.RuleId.PROD_1;
import static io.steward.suitability.RuleId.QUAL_1;
import static io.steward.suitability.RuleId.REC_1;
import static io.steward.suitability.SaleScenario.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The sale rules of DESIGN §3 case by case, with every boundary, under the default policy. Each case
 * names the outcome, the rules that decided it (the denying rules of a DENIED sale, the rules that set
 * conditions otherwise) and the conditions. The portfolio replays the same rows as holdings against its scan
 * ({@code portfolio.internal.ScanAgainstDecisionTableTest}).
 */
class SaleDecisionTableTest {

    private static final SuitabilityEngine ENGINE = SuitabilityEngine.withDefaults();

    public static Stream<Arguments> cases() {
        return Stream.of(
                // the baseline
                c("an_ordinary_sale_within_the_customers_level_is_allowed", aCustomer(), allowed()),

                // QUAL-1
                c("an_adviser_without_a_certificate_cannot_sell", aCustomer().adviserWithoutCertificate(), denied(QUAL_1)),
                c("an_adviser_whose_certificate_expired_yesterday_cannot_sell", aCustomer().adviserCertificateValid(-400, -1), denied(QUAL_1)),
                c("an_adviser_whose_certificate_expires_today_may_still_sell", aCustomer().adviserCertificateValid(-400, 0), allowed()),
                c("an_adviser_whose_certificate_starts_tomorrow_cannot_sell_yet", aCustomer().adviserCertificateValid(1, 400), denied(QUAL_1)),
                c("an_adviser_whose_certificate_starts_today_may_sell", aCustomer().adviserCertificateValid(0, 400), allowed()),
                c("an_adviser_whose_certificate_was_revoked_cannot_sell", aCustomer().adviserCertificateRevokedDaysAgo(3), denied(QUAL_1)),
                c("an_adviser_whose_certificate_is_revoked_today_cannot_sell", aCustomer().adviserCertificateRevokedDaysAgo(0), denied(QUAL_1)),

                // ASSESS-1
                c("a_customer_never_assessed_cannot_buy", aCustomer().neverAssessed(), denied(ASSESS_1)),
                c("an_assessment_the_customer_has_not_confirmed_is_not_enough", aCustomer().assessmentNotConfirmedByTheCustomer(), denied(ASSESS_1)),
                c("an_assessment_confirmed_today_stands", aCustomer().assessmentConfirmedDaysAgo(0), allowed()),
                c("an_assessment_confirmed_364_days_ago_still_stands", aCustomer().assessmentConfirmedDaysAgo(364), allowed()),
                c("an_assessment_confirmed_365_days_ago_has_expired", aCustomer().assessmentConfirmedDaysAgo(365), denied(ASSESS_1)),
                c("an_assessment_confirmed_366_days_ago_has_expired", aCustomer().assessmentConfirmedDaysAgo(366), denied(ASSESS_1)),

                // ASSESS-2
                c("a_customer_who_failed_the_assessment_cannot_buy_even_R1", aCustomer().failedTheAssessment().buying(R1), denied(ASSESS_2)),
                c("a_customer_who_failed_and_asks_for_R1_themselves_is_still_refused", aCustomer().failedTheAssessment().buying(R1).askingForItThemselves(), denied(ASSESS_2)),

                // MATCH-1
                c("a_C2_customer_may_buy_R2", aCustomer().assessed(C2).buying(R2), allowed()),
                c("a_practitioner_cannot_recommend_R3_to_a_C2_customer", aCustomer().assessed(C2).buying(R3), denied(MATCH_1)),
                c("a_practitioner_cannot_recommend_R5_to_a_C1_customer", aCustomer().assessed(C1).buying(R5), denied(MATCH_1)),
                c("a_C2_customer_who_insists_on_R4_needs_reiteration_a_special_statement_a_witness_and_a_recording",
                        aCustomer().assessed(C2).buying(R4).askingForItThemselves(),
                        allowedWith(Set.of(MATCH_1, REC_1), RISK_REITERATION, SPECIAL_STATEMENT, WITNESS, DUAL_RECORDING)),

                // MATCH-2
                c("a_70_year_old_cannot_insist_on_R3_above_their_C2", aCustomer().aged(70).assessed(C2).buying(R3).askingForItThemselves(), denied(MATCH_2)),
                c("a_customer_on_their_65th_birthday_cannot_insist_on_R2_above_their_C1",
                        aCustomer().onTheirBirthday(65).assessed(C1).buying(R2).askingForItThemselves(), denied(MATCH_2)),
                c("a_customer_the_day_before_their_65th_birthday_may_insist_on_R3_above_their_C2",
                        aCustomer().theDayBeforeTheirBirthday(65).assessed(C2).buying(R3).askingForItThemselves(),
                        allowedWith(Set.of(MATCH_1, REC_1), RISK_REITERATION, SPECIAL_STATEMENT, WITNESS, DUAL_RECORDING)),
                c("a_17_year_old_cannot_insist_on_R2_above_their_C1",
                        aCustomer().aged(17).withVerifiedGuardian().assessed(C1).buying(R2).askingForItThemselves(), denied(MATCH_2)),
                c("a_customer_on_their_18th_birthday_may_insist_on_R2_above_their_C1",
                        aCustomer().onTheirBirthday(18).assessed(C1).buying(R2).askingForItThemselves(),
                        allowedWith(Set.of(MATCH_1, REC_1), RISK_REITERATION, SPECIAL_STATEMENT, WITNESS, DUAL_RECORDING)),

                // ELDER-1
                c("a_70_year_old_cannot_buy_R4_even_when_assessed_C5", aCustomer().aged(70).assessed(C5).buying(R4), denied(ELDER_1)),
                c("a_70_year_old_cannot_buy_R5_even_when_assessed_C5", aCustomer().aged(70).assessed(C5).buying(R5), denied(ELDER_1)),
                c("a_customer_on_their_65th_birthday_cannot_buy_R4", aCustomer().onTheirBirthday(65).assessed(C4).buying(R4), denied(ELDER_1)),
                c("a_customer_the_day_before_their_65th_birthday_may_buy_R4_matching_C4",
                        aCustomer().theDayBeforeTheirBirthday(65).assessed(C4).buying(R4), allowed()),
                c("a_customer_born_on_29_February_is_not_yet_65_on_28_February",
                        aCustomer().on(LocalDate.of(2025, 2, 28)).bornOn(LocalDate.of(1960, 2, 29)).assessed(C4).buying(R4), allowed()),
                c("a_customer_born_on_29_February_turns_65_on_1_March_of_a_common_year",
                        aCustomer().on(LocalDate.of(2025, 3, 1)).bornOn(LocalDate.of(1960, 2, 29)).assessed(C4).buying(R4), denied(ELDER_1)),

                // ELDER-2 and REC-1
                c("a_70_year_old_assessed_C3_buying_R3_needs_a_witness_a_second_risk_warning_and_a_recording",
                        aCustomer().aged(70).assessed(C3).buying(R3),
                        allowedWith(Set.of(ELDER_2, REC_1), WITNESS, SECOND_RISK_WARNING, DUAL_RECORDING)),
                c("a_customer_on_their_65th_birthday_buying_R3_needs_a_witness",
                        aCustomer().onTheirBirthday(65).assessed(C3).buying(R3),
                        allowedWith(Set.of(ELDER_2, REC_1), WITNESS, SECOND_RISK_WARNING, DUAL_RECORDING)),
                c("a_customer_the_day_before_their_65th_birthday_buying_R3_needs_no_witness",
                        aCustomer().theDayBeforeTheirBirthday(65).assessed(C3).buying(R3), allowed()),
                c("a_70_year_old_buying_R2_needs_only_the_recording",
                        aCustomer().aged(70).assessed(C3).buying(R2), allowedWith(Set.of(REC_1), DUAL_RECORDING)),

                // MINOR-1
                c("a_17_year_old_with_a_verified_guardian_at_the_branch_buys_with_the_guardian_present",
                        aCustomer().aged(17).withVerifiedGuardian().atTheBranch(), allowedWith(Set.of(MINOR_1), GUARDIAN_PRESENT)),
                c("a_17_year_old_cannot_buy_online", aCustomer().aged(17).withVerifiedGuardian().online(), denied(MINOR_1)),
                c("a_17_year_old_whose_guardian_is_not_verified_cannot_buy", aCustomer().aged(17).withoutVerifiedGuardian().atTheBranch(), denied(MINOR_1)),
                c("a_customer_on_their_18th_birthday_may_buy_online_alone", aCustomer().onTheirBirthday(18).online(), allowed()),
                c("a_customer_the_day_before_their_18th_birthday_cannot_buy_online", aCustomer().theDayBeforeTheirBirthday(18).online(), denied(MINOR_1)),
                c("a_customer_born_on_29_February_is_still_a_minor_on_28_February",
                        aCustomer().on(LocalDate.of(2026, 2, 28)).bornOn(LocalDate.of(2008, 2, 29)).online(), denied(MINOR_1)),
                c("a_customer_born_on_29_February_comes_of_age_on_1_March_of_a_common_year",
                        aCustomer().on(LocalDate.of(2026, 3, 1)).bornOn(LocalDate.of(2008, 2, 29)).online(), allowed()),

                // FUND-1
                c("money_needed_back_the_day_the_product_matures_covers_its_term", aCustomer().termDays(180).moneyNeededBackInDays(180), allowed()),
                c("money_needed_back_one_day_before_the_product_matures_cannot_go_into_it",
                        aCustomer().termDays(180).moneyNeededBackInDays(179), denied(FUND_1)),
                c("an_open_ended_product_suits_money_needed_back_tomorrow", aCustomer().termDays(0).moneyNeededBackInDays(1), allowed()),

                // FUND-2
                c("pension_money_cannot_go_into_R4_even_for_a_C5_customer", aCustomer().assessed(C5).moneyFor(PENSION).buying(R4), denied(FUND_2)),
                c("retirement_money_cannot_go_into_R5", aCustomer().assessed(C5).moneyFor(RETIREMENT).buying(R5), denied(FUND_2)),
                c("education_money_may_go_into_R3", aCustomer().assessed(C3).moneyFor(EDUCATION).buying(R3), allowed()),
                c("education_money_cannot_go_into_R4", aCustomer().assessed(C4).moneyFor(EDUCATION).buying(R4), denied(FUND_2)),
                c("a_medical_reserve_cannot_go_into_R4", aCustomer().assessed(C4).moneyFor(MEDICAL).buying(R4), denied(FUND_2)),
                c("home_purchase_money_cannot_go_into_R4", aCustomer().assessed(C4).moneyFor(HOUSING).buying(R4), denied(FUND_2)),
                c("general_savings_may_go_into_R4_for_a_C4_customer", aCustomer().assessed(C4).buying(R4), allowed()),

                // PROD-1
                c("a_suspended_product_cannot_be_sold", aCustomer().productStatus(ProductStatus.SUSPENDED), denied(PROD_1)),
                c("a_closed_product_cannot_be_sold", aCustomer().productStatus(ProductStatus.CLOSED), denied(PROD_1)),
                c("a_draft_product_cannot_be_sold", aCustomer().productStatus(ProductStatus.DRAFT), denied(PROD_1)),
                c("a_product_can_be_sold_on_the_first_day_of_its_sale_window", aCustomer().saleWindow(0, 30), allowed()),
                c("a_product_can_be_sold_on_the_last_day_of_its_sale_window", aCustomer().saleWindow(30, 0), allowed()),
                c("a_product_cannot_be_sold_the_day_before_its_sale_window_opens", aCustomer().saleWindow(-1, 30), denied(PROD_1)),
                c("a_product_cannot_be_sold_the_day_after_its_sale_window_closes", aCustomer().saleWindow(30, -1), denied(PROD_1)),
                c("a_product_sold_continuously_has_no_closing_day", aCustomer().saleWindow(3000, null), allowed()),
                c("an_amount_exactly_at_the_minimum_is_accepted", aCustomer().minimum("10000.00").amount("10000"), allowed()),
                c("an_amount_one_fen_below_the_minimum_is_refused", aCustomer().minimum("10000.00").amount("9999.99"), denied(PROD_1)),
                c("a_subscription_in_another_currency_than_the_product_is_refused", aCustomer().subscribingIn("USD").moneyIn("USD"), denied(PROD_1)),
                c("money_in_another_currency_than_the_subscription_is_refused", aCustomer().moneyIn("USD"), denied(PROD_1)),

                // COOL-1
                c("a_product_with_a_24_hour_cooling_off_period_is_released_only_after_it",
                        aCustomer().coolingOffHours(24), allowedWith(Set.of(COOL_1), COOLING_OFF)),
                c("a_70_year_old_buying_R3_with_cooling_off_collects_every_condition",
                        aCustomer().aged(70).assessed(C3).buying(R3).coolingOffHours(24),
                        allowedWith(Set.of(ELDER_2, REC_1, COOL_1), WITNESS, SECOND_RISK_WARNING, DUAL_RECORDING, COOLING_OFF)),

                // everything at once
                c("everything_wrong_with_a_sale_is_reported_at_once",
                        aCustomer().adviserWithoutCertificate().aged(70).assessed(C5).assessmentConfirmedDaysAgo(400)
                                .moneyFor(PENSION).buying(R5).termDays(400).moneyNeededBackInDays(30).productStatus(ProductStatus.SUSPENDED),
                        denied(QUAL_1, ASSESS_1, ELDER_1, FUND_1, FUND_2, PROD_1)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void decides(SaleScenario scenario, Expected expected) {
        Decision decision = ENGINE.decideSale(scenario.toSale());

        assertThat(decision.outcome()).as("outcome").isEqualTo(expected.outcome());
        assertThat(decisiveRules(decision)).as("rules that decided").isEqualTo(expected.rules());
        assertThat(decision.conditions()).as("conditions").isEqualTo(expected.conditions());
        assertThat(decision.policyVersion()).isEqualTo(PolicyParameters.DEFAULT_VERSION_ID);
    }

    /** The DENY hits of a DENIED decision, the CONDITION hits otherwise. */
    private static Set<RuleId> decisiveRules(Decision decision) {
        Effect decisive = decision.denied() ? Effect.DENY : Effect.CONDITION;
        return decision.hits().stream()
                .filter(hit -> hit.effect() == decisive)
                .map(RuleHit::ruleId)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RuleId.class)));
    }

    private static Arguments c(String name, SaleScenario scenario, Expected expected) {
        return argumentSet(name, scenario, expected);
    }

    private static Expected allowed() {
        return new Expected(Outcome.ALLOWED, Set.of(), Set.of());
    }

    private static Expected allowedWith(Set<RuleId> by, Condition... conditions) {
        return new Expected(Outcome.ALLOWED_WITH_CONDITIONS, by, Set.of(conditions));
    }

    private static Expected denied(RuleId... by) {
        return new Expected(Outcome.DENIED, Set.of(by), Set.of());
    }

    record Expected(Outcome outcome, Set<RuleId> rules, Set<Condition> conditions) {
    }
}
