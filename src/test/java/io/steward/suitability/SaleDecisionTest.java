package io.steward.suitability;

import io.steward.suitability.PolicyParameters.RecordingTrigger;
import io.steward.suitability.RuleHit.Effect;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static io.steward.suitability.CustomerRiskLevel.C2;
import static io.steward.suitability.CustomerRiskLevel.C3;
import static io.steward.suitability.CustomerRiskLevel.C5;
import static io.steward.suitability.RiskLevel.R3;
import static io.steward.suitability.RiskLevel.R4;
import static io.steward.suitability.SaleScenario.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** What a sale decision carries besides its outcome: explanations, reasons, obligations, the policy version. */
class SaleDecisionTest {

    private final SuitabilityEngine engine = SuitabilityEngine.withDefaults();

    @Test
    void an_allowed_sale_states_the_customer_channel_and_disclosure_obligations() {
        Decision decision = engine.decideSale(aCustomer().toSale());

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(decision.hits()).extracting(RuleHit::ruleId, RuleHit::effect).containsExactly(
                tuple(RuleId.CONF_1, Effect.OBLIGATION),
                tuple(RuleId.CONF_2, Effect.OBLIGATION));
        assertThat(decision.conditions()).isEmpty();
    }

    @Test
    void a_denied_sale_carries_no_obligations_and_no_conditions_but_keeps_its_condition_hits() {
        Decision decision = engine.decideSale(aCustomer().aged(70).assessed(C5).buying(R4).coolingOffHours(24).toSale());

        assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(decision.hasHit(RuleId.CONF_1)).isFalse();
        assertThat(decision.hasHit(RuleId.CONF_2)).isFalse();
        assertThat(decision.conditions()).isEmpty();
        assertThat(decision.hits()).extracting(RuleHit::ruleId)
                .containsExactly(RuleId.ELDER_1, RuleId.COOL_1, RuleId.REC_1);
        assertThat(decision.denials()).extracting(RuleHit::ruleId).containsExactly(RuleId.ELDER_1);
    }

    @Test
    void every_hit_explains_itself_in_english_and_chinese_and_quotes_its_source() {
        Decision decision = engine.decideSale(aCustomer().aged(70).assessed(C3).buying(R3).coolingOffHours(24).toSale());

        assertThat(decision.hits()).isNotEmpty().allSatisfy(hit -> {
            assertThat(hit.messageEn()).isNotBlank();
            assertThat(hit.messageZh()).isNotBlank().containsPattern("\\p{IsHan}");
            assertThat(hit.sourcePassage()).isEqualTo(PolicyCatalog.entry(hit.ruleId()).sourcePassage());
        });
        RuleHit witness = decision.hits().stream().filter(hit -> hit.ruleId() == RuleId.ELDER_2).findFirst().orElseThrow();
        assertThat(witness.messageEn()).contains("65", "R3", "second risk warning");
        assertThat(witness.messageZh()).contains("65", "R3", "二次风险提示");
        assertThat(witness.sourcePassage()).startsWith("(3) If an elderly investor aged 65 or above");
    }

    @Test
    void each_reason_a_rule_denies_for_has_its_own_key() {
        assertThat(reasons(aCustomer().neverAssessed())).containsExactly("missing");
        assertThat(reasons(aCustomer().assessmentNotConfirmedByTheCustomer())).containsExactly("not-confirmed");
        assertThat(reasons(aCustomer().assessmentConfirmedDaysAgo(365))).containsExactly("expired");
        assertThat(reasons(aCustomer().adviserCertificateValid(-400, -1))).containsExactly("certificate-expired");
        assertThat(reasons(aCustomer().adviserCertificateRevokedDaysAgo(1))).containsExactly("certificate-revoked");
        assertThat(reasons(aCustomer().adviserWithoutCertificate())).containsExactly("no-certificate");
        assertThat(reasons(aCustomer().saleWindow(-1, 30))).containsExactly("before-sale-window");
        assertThat(reasons(aCustomer().saleWindow(30, -1))).containsExactly("after-sale-window");
        assertThat(reasons(aCustomer().minimum("10000").amount("9999.99"))).containsExactly("below-minimum");
        assertThat(reasons(aCustomer().aged(17).online())).containsExactly("remote", "guardian-not-verified");
        assertThat(reasons(aCustomer().assessed(C2).buying(R3))).containsExactly("proposed-by-staff");
        assertThat(reasons(aCustomer().assessed(C5).moneyFor(FundPurpose.PENSION).buying(R4))).containsExactly("earmarked-pension");
    }

    @Test
    void the_override_explanation_names_both_levels() {
        Decision decision = engine.decideSale(aCustomer().assessed(C2).buying(R4).askingForItThemselves().toSale());

        RuleHit override = decision.hits().get(0);
        assertThat(override.ruleId()).isEqualTo(RuleId.MATCH_1);
        assertThat(override.reason()).isEqualTo("asked-by-customer");
        assertThat(override.messageEn()).contains("R4", "C2", "up to R2", "special statement", "alternatives");
        assertThat(override.messageZh()).contains("R4", "C2", "特别声明");
    }

    @Test
    void earmarked_money_is_steered_towards_capital_preservation() {
        Decision decision = engine.decideSale(aCustomer().assessed(C5).moneyFor(FundPurpose.EDUCATION).buying(R4).toSale());

        RuleHit earmarked = decision.denials().get(0);
        assertThat(earmarked.messageEn()).contains("education money", "capital-preservation");
        assertThat(earmarked.messageZh()).contains("教育金", "本金安全");
    }

    @Test
    void the_same_sale_is_decided_again_at_submission_after_a_birthday_has_passed() {
        SaleScenario openedAt64 = aCustomer().theDayBeforeTheirBirthday(65).assessed(C5).buying(R4);
        ProposedSale whenOpened = openedAt64.toSale();
        ProposedSale atSubmission = new ProposedSale(whenOpened.decisionDate().plusDays(1), whenOpened.adviser(), whenOpened.customer(),
                whenOpened.assessment(), whenOpened.fund(), whenOpened.product(), whenOpened.request());

        assertThat(engine.decideSale(whenOpened).outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(engine.decideSale(atSubmission).denials()).extracting(RuleHit::ruleId).containsExactly(RuleId.ELDER_1);
    }

    @Test
    void thresholds_come_from_the_policy_version_not_from_the_rules() {
        PolicyParameters defaults = PolicyParameters.defaults();
        PolicyParameters stricter = new PolicyParameters("bank-2027-1", LocalDate.of(2027, 1, 1),
                60, 18, RiskLevel.R2, RiskLevel.R2, RiskLevel.R3, EnumSet.of(FundPurpose.PENSION),
                180, defaults.repeatAssessmentWindowDays(), defaults.afterDeniedSaleWindowDays(),
                EnumSet.allOf(RecordingTrigger.class));
        SuitabilityEngine strict = new SuitabilityEngine(stricter);

        Decision at62BuyingR3 = strict.decideSale(aCustomer().aged(62).assessed(C3).buying(R3).toSale());
        assertThat(at62BuyingR3.denials()).extracting(RuleHit::ruleId).containsExactly(RuleId.ELDER_1);
        assertThat(at62BuyingR3.denials().get(0).messageEn()).contains("aged 60 or above", "rated above R2");
        assertThat(at62BuyingR3.policyVersion()).isEqualTo("bank-2027-1");

        assertThat(strict.decideSale(aCustomer().assessmentConfirmedDaysAgo(180).toSale()).denials())
                .extracting(RuleHit::reason).containsExactly("expired");
        assertThat(strict.decideSale(aCustomer().assessed(C3).moneyFor(FundPurpose.PENSION).buying(R3).toSale()).denials())
                .extracting(RuleHit::ruleId).containsExactly(RuleId.FUND_2);
        assertThat(strict.decideSale(aCustomer().assessed(C3).moneyFor(FundPurpose.EDUCATION).buying(R3).toSale()).outcome())
                .isEqualTo(Outcome.ALLOWED);
        assertThat(strict.decideSale(aCustomer().aged(17).withVerifiedGuardian().toSale()).conditions())
                .containsExactlyInAnyOrder(Condition.GUARDIAN_PRESENT, Condition.DUAL_RECORDING);
        assertThat(engine.decideSale(aCustomer().aged(17).withVerifiedGuardian().toSale()).conditions())
                .containsExactly(Condition.GUARDIAN_PRESENT);
    }

    @Test
    void a_decision_is_a_value() {
        Decision first = engine.decideSale(aCustomer().aged(70).assessed(C3).buying(R3).toSale());
        Decision again = new SuitabilityEngine(PolicyParameters.defaults()).decideSale(aCustomer().aged(70).assessed(C3).buying(R3).toSale());

        assertThat(again).isEqualTo(first).hasSameHashCodeAs(first);
        assertThatThrownBy(() -> first.hits().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> first.conditions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(List.copyOf(first.conditions())).as("conditions iterate in a stable order")
                .containsExactly(Condition.WITNESS, Condition.SECOND_RISK_WARNING, Condition.DUAL_RECORDING);
    }

    @Test
    void malformed_input_is_refused_at_the_edge_with_a_clear_message() {
        assertThatThrownBy(() -> new SaleRequest(BigDecimal.ZERO, "CNY", false, Channel.BRANCH))
                .hasMessageContaining("amount must be positive");
        assertThatThrownBy(() -> new SaleRequest(BigDecimal.TEN, "cny", false, Channel.BRANCH))
                .hasMessageContaining("ISO 4217");
        assertThatThrownBy(() -> aCustomer().saleWindow(10, -20).toSale())
                .hasMessageContaining("saleClosesOn");
        assertThatThrownBy(() -> aCustomer().bornOn(SaleScenario.DECISION_DATE.plusDays(1)).toSale())
                .hasMessageContaining("after the decision date");
        assertThatThrownBy(() -> new AssessmentFacts(C3, LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)))
                .hasMessageContaining("before it is completed");
    }

    private List<String> reasons(SaleScenario scenario) {
        return engine.decideSale(scenario.toSale()).denials().stream().map(RuleHit::reason).toList();
    }
}
