package io.steward.benchmarks;

import io.steward.suitability.Decision;
import io.steward.suitability.Outcome;
import io.steward.suitability.ProposedSale;
import io.steward.suitability.SuitabilityEngine;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark measures a realistic mix, not one easy path: its inputs cover every outcome. */
class SuitabilityBenchmarkInputTest {

    private final SuitabilityEngine engine = SuitabilityEngine.withDefaults();

    @Test
    void the_sale_mix_covers_every_outcome_and_multi_rule_denials() {
        ProposedSale[] sales = SuitabilityBenchmark.saleMix();
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        int mostDenials = 0;
        for (ProposedSale sale : sales) {
            Decision decision = engine.decideSale(sale);
            outcomes.merge(decision.outcome(), 1, Integer::sum);
            mostDenials = Math.max(mostDenials, decision.denials().size());
            assertThat(decision.hits()).as("every decision explains itself").isNotEmpty();
        }

        assertThat(Integer.bitCount(sales.length)).as("a power of two, for the index mask").isEqualTo(1);
        assertThat(outcomes).containsOnlyKeys(Outcome.values());
        assertThat(outcomes.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(3));
        assertThat(mostDenials).isGreaterThanOrEqualTo(4);
    }

    @Test
    void the_assessment_mix_covers_every_outcome() {
        assertThat(Arrays.stream(SuitabilityBenchmark.assessmentMix()).map(engine::decideAssessment).map(Decision::outcome))
                .containsExactlyInAnyOrder(Outcome.ALLOWED, Outcome.ALLOWED_WITH_CONDITIONS, Outcome.ALLOWED_WITH_CONDITIONS, Outcome.DENIED);
        assertThat(Integer.bitCount(SuitabilityBenchmark.assessmentMix().length)).isEqualTo(1);
    }
}
