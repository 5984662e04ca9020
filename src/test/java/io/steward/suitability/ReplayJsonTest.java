package io.steward.suitability;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static io.steward.suitability.SaleScenario.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN §5: "A decision's inputs are stored with it, so an auditor can replay it against its policy
 * version and get the same answer." The inputs, the policy version and the decision are plain records that
 * a default Jackson mapper writes and reads back without any custom code.
 */
class ReplayJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void a_stored_sale_decision_replays_to_the_same_answer() {
        ProposedSale sale = aCustomer().aged(70).assessed(CustomerRiskLevel.C3).buying(RiskLevel.R3).coolingOffHours(24)
                .amount("123456.78").toSale();
        Decision decision = SuitabilityEngine.withDefaults().decideSale(sale);

        String storedSale = json.writeValueAsString(sale);
        String storedPolicy = json.writeValueAsString(PolicyParameters.defaults());
        String storedDecision = json.writeValueAsString(decision);

        ProposedSale replayedSale = json.readValue(storedSale, ProposedSale.class);
        PolicyParameters replayedPolicy = json.readValue(storedPolicy, PolicyParameters.class);
        assertThat(replayedSale).isEqualTo(sale);
        assertThat(replayedPolicy).isEqualTo(PolicyParameters.defaults());
        assertThat(new SuitabilityEngine(replayedPolicy).decideSale(replayedSale))
                .isEqualTo(decision)
                .isEqualTo(json.readValue(storedDecision, Decision.class));
        assertThat(storedSale).contains("\"decisionDate\":\"2026-06-15\"", "\"amount\":123456.78", "\"riskLevel\":\"R3\"");
        assertThat(storedDecision).contains("\"outcome\":\"ALLOWED_WITH_CONDITIONS\"", "\"policyVersion\":\"steward-default-1\"");
        assertThat(storedDecision).as("Jackson 3 writes enums with toString(): rule ids print as in DESIGN §3")
                .contains("\"ruleId\":\"ELDER-2\"", "\"ruleId\":\"REC-1\"");
    }

    @Test
    void a_stored_assessment_decision_replays_to_the_same_answer() {
        ProposedAssessment assessment = AssessmentScenario.aNewAssessment().from(CustomerRiskLevel.C2, CustomerRiskLevel.C4)
                .daysAfterThePreviousOne(10).toAssessment();
        Decision decision = SuitabilityEngine.withDefaults().decideAssessment(assessment);

        ProposedAssessment replayed = json.readValue(json.writeValueAsString(assessment), ProposedAssessment.class);

        assertThat(replayed).isEqualTo(assessment);
        assertThat(SuitabilityEngine.withDefaults().decideAssessment(replayed)).isEqualTo(decision);
    }
}
