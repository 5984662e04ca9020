package io.steward.suitability;

import io.steward.suitability.RuleHit.Effect;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What holds for every valid sale, whatever the customer, product, money and date. */
class SuitabilityProperties {

    private static final SuitabilityEngine ENGINE = SuitabilityEngine.withDefaults();
    private static final PolicyParameters POLICY = PolicyParameters.defaults();
    private static final Set<Condition> OVERRIDE_CONDITIONS =
            EnumSet.of(Condition.SPECIAL_STATEMENT, Condition.WITNESS, Condition.RISK_REITERATION);

    @Provide
    Arbitrary<ProposedSale> sales() {
        return SaleArbitraries.sales();
    }

    @Property
    void the_generated_sales_exercise_every_outcome(@ForAll("sales") ProposedSale sale) {
        Decision decision = ENGINE.decideSale(sale);
        Outcome outcome = decision.outcome();

        decision.denials().forEach(hit -> Statistics.label("denied by").collect(hit.ruleId()));
        Statistics.label("outcome").collect(outcome).coverage(coverage -> {
            coverage.check(Outcome.ALLOWED).percentage(p -> p >= 5);
            coverage.check(Outcome.ALLOWED_WITH_CONDITIONS).percentage(p -> p >= 5);
            coverage.check(Outcome.DENIED).percentage(p -> p >= 5);
        });
    }

    /** (1) Nothing above the customer's level goes ahead without the override conditions, nor unless the customer asked. */
    @Property
    void nothing_above_the_customers_level_goes_ahead_without_the_override(@ForAll("sales") ProposedSale sale) {
        Decision decision = ENGINE.decideSale(sale);
        AssessmentFacts assessment = sale.assessment();

        if (!decision.denied() && assessment != null && !assessment.level().covers(sale.product().riskLevel())) {
            assertThat(sale.request().customerInitiated()).as("only a customer's own request").isTrue();
            assertThat(decision.conditions()).containsAll(OVERRIDE_CONDITIONS);
        }
    }

    /** (2) Nobody aged 65 or over on the decision date is allowed R4 or above. */
    @Property
    void nobody_aged_65_or_over_is_ever_allowed_R4_or_above(@ForAll("sales") ProposedSale sale) {
        int age = Period.between(sale.customer().dateOfBirth(), sale.decisionDate()).getYears();

        if (age >= 65 && sale.product().riskLevel().isAtLeast(RiskLevel.R4)) {
            assertThat(ENGINE.decideSale(sale).outcome()).isEqualTo(Outcome.DENIED);
        }
    }

    /** (3) A FAILED, missing, unconfirmed or expired assessment is never enough. */
    @Property
    void without_a_standing_passed_assessment_nothing_is_sold(@ForAll("sales") ProposedSale sale) {
        AssessmentFacts assessment = sale.assessment();
        boolean stands = assessment != null
                && assessment.level() != CustomerRiskLevel.FAILED
                && assessment.confirmedOn() != null
                && !assessment.confirmedOn().isAfter(sale.decisionDate())
                && assessment.confirmedOn().plusDays(365).isAfter(sale.decisionDate());

        if (!stands) {
            assertThat(ENGINE.decideSale(sale).outcome()).isEqualTo(Outcome.DENIED);
        }
    }

    /** (4) Earmarked money never goes into high risk. */
    @Property
    void earmarked_money_never_goes_into_high_risk(@ForAll("sales") ProposedSale sale) {
        if (POLICY.earmarkedPurposes().contains(sale.fund().purpose()) && sale.product().riskLevel().isAtLeast(RiskLevel.R4)) {
            Decision decision = ENGINE.decideSale(sale);
            assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
            assertThat(decision.denials()).extracting(RuleHit::ruleId).contains(RuleId.FUND_2);
        }
    }

    /** (5) Lowering only the product's risk level never turns a sale that goes ahead into a denied one. */
    @Property
    void a_less_risky_product_is_never_refused_where_a_riskier_one_went_ahead(@ForAll("sales") ProposedSale sale) {
        if (ENGINE.decideSale(sale).denied()) {
            return;
        }
        for (RiskLevel lower : RiskLevel.values()) {
            if (sale.product().riskLevel().isAbove(lower)) {
                assertThat(ENGINE.decideSale(withProductLevel(sale, lower)).outcome()).as(lower.name()).isNotEqualTo(Outcome.DENIED);
            }
        }
    }

    /** (6) The same input always gives the same decision, from any engine built on the same version. */
    @Property
    void the_same_input_always_gives_the_same_decision(@ForAll("sales") ProposedSale sale) {
        ProposedSale copy = new ProposedSale(sale.decisionDate(), sale.adviser(), sale.customer(), sale.assessment(),
                sale.fund(), sale.product(), sale.request());
        Decision first = ENGINE.decideSale(sale);

        assertThat(new SuitabilityEngine(PolicyParameters.defaults()).decideSale(copy)).isEqualTo(first);
        assertThat(ENGINE.decideSale(sale)).isEqualTo(first);
    }

    /** (7) A denial always says which rule denied, and every hit comes from the catalog. */
    @Property
    void every_denial_names_a_rule_of_the_catalog(@ForAll("sales") ProposedSale sale) {
        Decision decision = ENGINE.decideSale(sale);

        boolean anyDeny = decision.hits().stream().anyMatch(hit -> hit.effect() == Effect.DENY);
        assertThat(anyDeny).isEqualTo(decision.denied());
        assertThat(decision.hits()).allSatisfy(hit -> {
            assertThat(PolicyCatalog.entry(hit.ruleId())).isNotNull();
            assertThat(hit.sourcePassage()).isEqualTo(PolicyCatalog.entry(hit.ruleId()).sourcePassage());
        });
        assertThat(decision.policyVersion()).isEqualTo(POLICY.versionId());
    }

    /** (8) The conditions of a decision that is not denied are exactly the union of its hits' conditions. */
    @Property
    void the_conditions_are_exactly_those_of_the_hits(@ForAll("sales") ProposedSale sale) {
        Decision decision = ENGINE.decideSale(sale);

        Set<Condition> union = EnumSet.noneOf(Condition.class);
        decision.hits().forEach(hit -> union.addAll(hit.conditions()));
        if (decision.denied()) {
            assertThat(decision.conditions()).isEmpty();
        } else {
            assertThat(decision.conditions()).isEqualTo(union);
            assertThat(decision.outcome()).isEqualTo(union.isEmpty() ? Outcome.ALLOWED : Outcome.ALLOWED_WITH_CONDITIONS);
            assertThat(decision.hits()).extracting(RuleHit::ruleId).contains(RuleId.CONF_1, RuleId.CONF_2);
        }
    }

    /** Ages agree with java.time (and so with PostgreSQL's age()), 29 February included. */
    @Property
    void ages_are_counted_as_java_time_counts_them(@ForAll("sales") ProposedSale sale) {
        LocalDate bornOn = sale.customer().dateOfBirth();

        assertThat(sale.customer().ageOn(sale.decisionDate()))
                .isEqualTo(Period.between(bornOn, sale.decisionDate()).getYears());
    }

    private static ProposedSale withProductLevel(ProposedSale sale, RiskLevel level) {
        ProductFacts p = sale.product();
        return new ProposedSale(sale.decisionDate(), sale.adviser(), sale.customer(), sale.assessment(), sale.fund(),
                new ProductFacts(level, p.status(), p.saleOpensOn(), p.saleClosesOn(), p.termDays(), p.minimumAmount(),
                        p.currency(), p.coolingOffHours()),
                sale.request());
    }
}
