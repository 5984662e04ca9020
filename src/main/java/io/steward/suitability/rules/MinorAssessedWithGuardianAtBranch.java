package io.steward.suitability.rules;

import io.steward.suitability.CatalogEntry;
import io.steward.suitability.CatalogEntry.Enforcement;
import io.steward.suitability.Channel;
import io.steward.suitability.Condition;
import io.steward.suitability.PolicyParameters;
import io.steward.suitability.ProposedAssessment;
import io.steward.suitability.RuleId;

/**
 * ASSESS-4: "Minor investors must complete the risk tolerance assessment under the guidance of their legal
 * guardians", and "can only complete a series of product subscription procedures including risk tolerance
 * assessment at bank outlets accompanied by legal guardians". A remote assessment or an unverified
 * guardian refuses it; otherwise the guardian guides it and co-confirms the answers.
 */
public final class MinorAssessedWithGuardianAtBranch implements AssessmentRule {

    public static final CatalogEntry ENTRY = new CatalogEntry(
            RuleId.ASSESS_4,
            MinorAssessedWithGuardianAtBranch.class.getSimpleName(),
            "A minor's assessment happens at a bank outlet, with a verified legal guardian guiding and co-confirming.",
            "未成年客户的风险承受能力评估须在银行网点进行，由经核实的法定监护人指导并共同确认。",
            "Minor investors must complete the risk tolerance assessment under the guidance of their legal guardians",
            Enforcement.ASSESSMENT_DECISION,
            "suitability: SuitabilityEngine.decideAssessment; confirmation collects the guardian's co-confirmation");

    private final int minorAge;
    private final PreparedHit remote;
    private final PreparedHit guardianNotVerified;
    private final PreparedHit guardianCoConfirms;

    public MinorAssessedWithGuardianAtBranch(PolicyParameters parameters) {
        minorAge = parameters.minorAge();
        remote = PreparedHit.deny(ENTRY, "remote",
                "A customer under " + minorAge + " may only be assessed in person at a bank outlet, with their legal guardian.",
                "未满" + minorAge + "周岁的客户只能在银行网点、由法定监护人陪同完成风险承受能力评估。");
        guardianNotVerified = PreparedHit.deny(ENTRY, "guardian-not-verified",
                "The legal guardian of this customer under " + minorAge + " has not been verified from the household "
                        + "register or other legal documents.",
                "该未满" + minorAge + "周岁客户的法定监护人身份尚未通过户口簿或其他法律文件核实。");
        guardianCoConfirms = PreparedHit.condition(ENTRY, "guardian-co-confirms",
                "Customer under " + minorAge + ": the verified legal guardian guides the assessment and co-confirms the answers.",
                "未满" + minorAge + "周岁客户：由经核实的法定监护人指导评估并共同确认评估结果。",
                Condition.GUARDIAN_PRESENT);
    }

    @Override
    public void evaluate(ProposedAssessment assessment, Hits hits) {
        if (assessment.customer().ageOn(assessment.decisionDate()) >= minorAge) {
            return;
        }
        boolean remoteAssessment = assessment.channel() == Channel.REMOTE;
        boolean verified = assessment.customer().guardianVerified();
        if (remoteAssessment) {
            hits.add(remote);
        }
        if (!verified) {
            hits.add(guardianNotVerified);
        }
        if (!remoteAssessment && verified) {
            hits.add(guardianCoConfirms);
        }
    }
}
