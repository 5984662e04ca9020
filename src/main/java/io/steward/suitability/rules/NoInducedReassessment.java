package io.steward.suitability.rules;

import io.steward.suitability.AssessmentFacts;
import io.steward.suitability.CatalogEntry;
import io.steward.suitability.CatalogEntry.Enforcement;
import io.steward.suitability.Condition;
import io.steward.suitability.CustomerRiskLevel;
import io.steward.suitability.PolicyParameters;
import io.steward.suitability.ProposedAssessment;
import io.steward.suitability.RuleId;

/**
 * ASSESS-3: "Personal financial practitioners are strictly prohibited from inducing customers to repeat
 * evaluations in order to promote products." A new assessment taken soon after the previous one, or soon
 * after a sale to the customer was denied, takes effect only after COMPLIANCE or a RETAIL_HEAD approves it
 * with a reason; if it raises the customer's level (FAILED to C1 counts) the reviewer is told.
 *
 * <p>Window boundaries: "within N days" is inclusive. With the defaults, an assessment 30 days after the
 * previous one needs review and one 31 days after does not; 7 days after a denied sale needs review, 8
 * days after does not. Day 0 (the same day) is within both windows.
 */
public final class NoInducedReassessment implements AssessmentRule {

    public static final CatalogEntry ENTRY = new CatalogEntry(
            RuleId.ASSESS_3,
            NoInducedReassessment.class.getSimpleName(),
            "Staff must not induce repeat assessments: a new assessment within 30 days of the last one, or within 7 days "
                    + "after a denied sale for that customer, takes effect only after COMPLIANCE or a RETAIL_HEAD approves it "
                    + "with a reason; a rise in level is flagged.",
            "严禁诱导客户重复评估：距上次评估30天内、或该客户销售被拒后7天内进行的新评估，须经合规部门或零售银行负责人审批并说明理由后方可生效；"
                    + "评估等级上升的予以标记。",
            "strictly prohibited from inducing customers to repeat evaluations",
            Enforcement.ASSESSMENT_DECISION,
            "suitability: SuitabilityEngine.decideAssessment; assessment keeps the review queue");

    private final int repeatWindowDays;
    private final int afterDeniedSaleWindowDays;
    private final PreparedHit repeat;
    private final PreparedHit afterDeniedSale;
    /** Indexed [previous level][new level]: the flag names both. */
    private final PreparedHit[][] rise;

    public NoInducedReassessment(PolicyParameters parameters) {
        repeatWindowDays = parameters.repeatAssessmentWindowDays();
        afterDeniedSaleWindowDays = parameters.afterDeniedSaleWindowDays();
        repeat = PreparedHit.condition(ENTRY, "repeat-within-window",
                "This assessment comes within " + repeatWindowDays + " days of the previous one: it takes effect only after "
                        + "compliance or a retail banking head approves it with a reason.",
                "本次评估距上次评估不超过" + repeatWindowDays + "天：须经合规部门或零售银行负责人审批并说明理由后方可生效。",
                Condition.REVIEW_APPROVAL);
        afterDeniedSale = PreparedHit.condition(ENTRY, "after-denied-sale",
                "This assessment comes within " + afterDeniedSaleWindowDays + " days after a sale to this customer was denied: "
                        + "it takes effect only after compliance or a retail banking head approves it with a reason.",
                "本次评估发生在该客户一笔销售被拒后" + afterDeniedSaleWindowDays + "天内：须经合规部门或零售银行负责人审批并说明理由后方可生效。",
                Condition.REVIEW_APPROVAL);
        CustomerRiskLevel[] levels = CustomerRiskLevel.values();
        rise = new PreparedHit[levels.length][levels.length];
        for (CustomerRiskLevel from : levels) {
            for (CustomerRiskLevel to : levels) {
                if (to.isAbove(from)) {
                    rise[from.ordinal()][to.ordinal()] = PreparedHit.flag(ENTRY, "level-rise",
                            "The repeat assessment raises the customer's level from " + from + " to " + to
                                    + ": the reviewer checks that the customer was not induced.",
                            "重复评估使客户风险等级由" + from + "升至" + to + "：审批人须核实客户是否受到诱导。");
                }
            }
        }
    }

    @Override
    public void evaluate(ProposedAssessment assessment, Hits hits) {
        long today = assessment.decisionDate().toEpochDay();
        AssessmentFacts previous = assessment.previous();
        boolean repeated = previous != null && today - previous.completedOn().toEpochDay() <= repeatWindowDays;
        boolean afterDenial = assessment.lastDeniedSaleOn() != null
                && today - assessment.lastDeniedSaleOn().toEpochDay() <= afterDeniedSaleWindowDays;
        if (repeated) {
            hits.add(repeat);
        }
        if (afterDenial) {
            hits.add(afterDeniedSale);
        }
        if ((repeated || afterDenial) && previous != null && assessment.newLevel().isAbove(previous.level())) {
            hits.add(rise[previous.level().ordinal()][assessment.newLevel().ordinal()]);
        }
    }
}
