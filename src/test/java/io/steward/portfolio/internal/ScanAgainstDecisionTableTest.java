package io.steward.portfolio.internal;

import static io.steward.portfolio.MismatchKind.ABOVE_LEVEL;
import static io.steward.portfolio.MismatchKind.EARMARKED_HIGH_RISK;
import static io.steward.portfolio.MismatchKind.ELDERLY_HIGH_RISK;
import static io.steward.portfolio.MismatchKind.NEEDED_BEFORE_MATURITY;
import static io.steward.portfolio.MismatchKind.NO_VALID_ASSESSMENT;
import static io.steward.suitability.RuleId.ASSESS_1;
import static io.steward.suitability.RuleId.ASSESS_2;
import static io.steward.suitability.RuleId.ELDER_1;
import static io.steward.suitability.RuleId.FUND_1;
import static io.steward.suitability.RuleId.FUND_2;
import static io.steward.suitability.RuleId.MATCH_1;
import static io.steward.suitability.RuleId.MATCH_2;
import static org.assertj.core.api.Assertions.assertThat;

import io.steward.assessment.LegacyAssessments;
import io.steward.customer.Gender;
import io.steward.portfolio.Mismatch;
import io.steward.portfolio.MismatchKind;
import io.steward.suitability.AssessmentFacts;
import io.steward.suitability.Decision;
import io.steward.suitability.PolicyVersions;
import io.steward.suitability.ProposedSale;
import io.steward.suitability.RuleHit;
import io.steward.suitability.RuleId;
import io.steward.suitability.SaleScenario;
import io.steward.suitability.SuitabilityEngine;
import io.steward.support.Api;
import io.steward.support.PortfolioTest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The nightly scan's SQL restates the sale rules for what customers already hold. Each row of the sale decision table
 * is replayed here as a holding: the customer, their assessment and fund as the row has them, the product bought on
 * the row's day; the scan of that day must find a mismatch for every denial it covers, and no covered mismatch the
 * engine does not explain. The rules the scan cannot see on a holding (the adviser's certificate, the product's sale
 * window and minimum, the channel) are left out.
 */
class ScanAgainstDecisionTableTest extends PortfolioTest {

    /** The engine's rules the scan applies to holdings, and the kind of mismatch it reports for each. */
    private static final Map<RuleId, MismatchKind> SCAN_FINDS = Map.of(
            MATCH_1, ABOVE_LEVEL,
            MATCH_2, ABOVE_LEVEL, // the elderly or a minor above their level: above the level, whoever asked
            ASSESS_2, ABOVE_LEVEL, // a FAILED assessment: every product is above it
            ELDER_1, ELDERLY_HIGH_RISK,
            FUND_1, NEEDED_BEFORE_MATURITY,
            FUND_2, EARMARKED_HIGH_RISK,
            ASSESS_1, NO_VALID_ASSESSMENT);

    /** Products by risk level and term, created once for the run: the scan reads only those two facts of them. */
    private static final Map<String, String> PRODUCTS = new ConcurrentHashMap<>();

    @Autowired
    MismatchFinder scan;

    @Autowired
    LegacyAssessments legacy;

    @Autowired
    PolicyVersions policies;

    @Test
    void every_kind_named_after_a_rule_is_the_kind_the_scan_reports_for_that_rule() {
        for (MismatchKind kind : MismatchKind.values()) {
            if (!kind.ruleId().isEmpty()) {
                assertThat(SCAN_FINDS.get(RuleId.ofCode(kind.ruleId()))).as(kind.name()).isEqualTo(kind);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("io.steward.suitability.SaleDecisionTableTest#cases")
    void the_scan_finds_on_a_holding_what_the_engine_denies_in_a_sale(SaleScenario row, Object expected) {
        ProposedSale sale = row.toSale();
        LocalDate day = sale.decisionDate();
        Decision decision = new SuitabilityEngine(policies.inForceOn(day)).decideSale(sale);

        Set<MismatchKind> found = holdingBoughtAsInThe(sale);

        Set<MismatchKind> denied = kinds(decision, RuleHit.Effect.DENY);
        assertThat(found).as("the scan finds every denial it covers").containsAll(denied);
        Set<MismatchKind> explained = kinds(decision, null);
        assertThat(found).as("every rule's mismatch the scan finds, the engine hit").isSubsetOf(explained);
    }

    /** The row's customer, assessment and fund, holding the row's product since the row's day; what the scan finds. */
    private Set<MismatchKind> holdingBoughtAsInThe(ProposedSale sale) {
        LocalDate day = sale.decisionDate();
        clock.fixAt(day.atTime(10, 0).atZone(clock.getZone()).toInstant());
        Registered customer = newCustomer("wang", unique("Replay"), Gender.FEMALE, sale.customer().dateOfBirth());
        long customerId = customerId(customer.number());
        AssessmentFacts assessment = sale.assessment();
        if (assessment != null && assessment.confirmedOn() != null) {
            legacy.migrate(customerId, 1, answers(assessment.level().name()), assessment.confirmedOn(),
                    unique("TABLE-"));
        }
        Api.Response fund = as("wang").post("/api/v1/customers/" + customer.number() + "/funds", Map.of(
                "amount", "500000.00", "currency", sale.fund().currency(), "purpose", sale.fund().purpose().name(),
                "neededBackOn", sale.fund().neededBackOn().toString()));
        assertThat(fund.status()).as(fund.body()).isEqualTo(201);
        String product = PRODUCTS.computeIfAbsent(sale.product().riskLevel() + "/" + sale.product().termDays(),
                key -> productOnShelf(sale.product().riskLevel().name(), sale.product().termDays(), 0));
        holds(customer, product, fund.json().get("id").asLong(), "100000.00", day);

        return scan.of(customerId, day).stream().map(Mismatch::kind).filter(kind -> !kind.ruleId().isEmpty())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MismatchKind.class)));
    }

    /** The kinds the scan reports for the engine's hits of that effect (of any effect: {@code null}). */
    private static Set<MismatchKind> kinds(Decision decision, RuleHit.Effect effect) {
        return decision.hits().stream().filter(hit -> effect == null || hit.effect() == effect)
                .map(hit -> SCAN_FINDS.get(hit.ruleId())).filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MismatchKind.class)));
    }

    private static Map<String, String> answers(String level) {
        Map<String, String> answers = new HashMap<>();
        for (int i = 0; i < QUESTIONS.size(); i++) {
            answers.put(QUESTIONS.get(i), ANSWERS.get(level).get(i));
        }
        return answers;
    }
}
