package io.steward.suitability;

import io.steward.suitability.MaterialPublisher.Department;
import io.steward.suitability.MaterialPublisher.InstitutionType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** MAT-1: only the retail banking department of the head office or a branch publishes material for customers. */
class OfficialMaterialsTest {

    private final SuitabilityEngine engine = SuitabilityEngine.withDefaults();

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "HEAD_OFFICE, RETAIL_BANKING,    ALLOWED",
            "BRANCH,      RETAIL_BANKING,    ALLOWED",
            "SUB_BRANCH,  RETAIL_BANKING,    DENIED",
            "OUTLET,      RETAIL_BANKING,    DENIED",
            "HEAD_OFFICE, MARKETING,         DENIED",
            "BRANCH,      WEALTH_MANAGEMENT, DENIED",
            "BRANCH,      OTHER,             DENIED"})
    void only_official_materials_may_be_handed_to_customers(InstitutionType institution, Department department, Outcome expected) {
        Decision decision = engine.decideMaterial(new MaterialPublisher(institution, department));

        assertThat(decision.outcome()).isEqualTo(expected);
        if (expected == Outcome.DENIED) {
            assertThat(decision.hits()).extracting(RuleHit::ruleId).containsExactly(RuleId.MAT_1);
            assertThat(decision.hits().get(0).messageZh()).contains("零售银行部");
        } else {
            assertThat(decision.hits()).isEmpty();
        }
    }
}
