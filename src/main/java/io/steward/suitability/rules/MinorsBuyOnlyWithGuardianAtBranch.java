package io.steward.suitability.rules;

import io.steward.suitability.CatalogEntry;
import io.steward.suitability.CatalogEntry.Enforcement;
import io.steward.suitability.Channel;
import io.steward.suitability.Condition;
import io.steward.suitability.PolicyParameters;
import io.steward.suitability.RuleId;

/**
 * MINOR-1: "Minor investors can only complete a series of product subscription procedures … at bank
 * outlets accompanied by legal guardians. Financial practitioners must confirm their guardian status by
 * verifying the household registration book or other legal documents, and copy relevant materials".
 * A remote sale and an unverified guardian are each a reason to deny; both are reported.
 */
public final class MinorsBuyOnlyWithGuardianAtBranch implements SaleRule {

    public static final CatalogEntry ENTRY = new CatalogEntry(
            RuleId.MINOR_1,
            MinorsBuyOnlyWithGuardianAtBranch.class.getSimpleName(),
            "Under 18: only at a bank outlet, legal guardian present and verified from the household register or other "
                    + "legal documents, copies recorded.",
            "未满18周岁客户：只能在银行网点办理，法定监护人须在场，其身份须经户口簿或其他法律文件核实并留存复印件。",
            "Minor investors can only complete a series of product subscription procedures…",
            Enforcement.SALE_DECISION,
            "suitability: SuitabilityEngine.decideSale; customer keeps guardians and the copies of their documents");

    private final PreparedHit remote;
    private final PreparedHit guardianNotVerified;
    private final PreparedHit guardianPresent;

    public MinorsBuyOnlyWithGuardianAtBranch(PolicyParameters parameters) {
        int minorAge = parameters.minorAge();
        remote = PreparedHit.deny(ENTRY, "remote",
                "A customer under " + minorAge + " may only subscribe in person at a bank outlet accompanied by their "
                        + "legal guardian; remote sales are not allowed.",
                "未满" + minorAge + "周岁的客户只能在法定监护人陪同下到银行网点办理认购，不得远程销售。");
        guardianNotVerified = PreparedHit.deny(ENTRY, "guardian-not-verified",
                "The legal guardian of this customer under " + minorAge + " has not been verified from the household "
                        + "register or other legal documents, with copies kept.",
                "该未满" + minorAge + "周岁客户的法定监护人身份尚未通过户口簿或其他法律文件核实并留存复印件。");
        guardianPresent = PreparedHit.condition(ENTRY, "guardian-present",
                "Customer under " + minorAge + ": the verified legal guardian is present throughout the subscription.",
                "未满" + minorAge + "周岁客户：经核实的法定监护人须全程陪同办理认购。",
                Condition.GUARDIAN_PRESENT);
    }

    @Override
    public void evaluate(SaleContext sale, Hits hits) {
        if (!sale.minor()) {
            return;
        }
        boolean remoteSale = sale.sale().request().channel() == Channel.REMOTE;
        boolean verified = sale.sale().customer().guardianVerified();
        if (remoteSale) {
            hits.add(remote);
        }
        if (!verified) {
            hits.add(guardianNotVerified);
        }
        if (!remoteSale && verified) {
            hits.add(guardianPresent);
        }
    }
}
