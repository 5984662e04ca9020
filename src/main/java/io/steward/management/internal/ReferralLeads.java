package io.steward.management.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.customer.ReferralDecided;
import io.steward.customer.ReferralMade;
import io.steward.customer.Referrals;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account manager duties 1–2 (developing customers): a referral to a practitioner of a department is a lead in that
 * department's pipeline, from the referral itself rather than retyped. Accepting it converts the prospect into the
 * customer it became; declining it loses the prospect with the reason. A practitioner outside any department keeps
 * their referrals in the client book only.
 */
@Component
class ReferralLeads {

    private final JdbcClient jdbc;
    private final Departments departments;
    private final AuditTrail audit;

    ReferralLeads(JdbcClient jdbc, Departments departments, AuditTrail audit) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    void referralMade(ReferralMade referral) {
        departments.ofStaff(referral.practitioner()).ifPresent(department -> {
            jdbc.sql("""
                    insert into mgmt_prospect (department, owner, name, source, stage, created_on, changed_on, referral_id)
                    values (?, ?, ?, ?, 'NEW', ?, ?, ?) on conflict do nothing returning id""")
                    .params(department.manager(), referral.practitioner(), referral.prospectName(),
                            "Referral by " + referral.referredBy(), referral.on(), referral.on(), referral.referralId())
                    .query(Long.class).optional()
                    .ifPresent(id -> audit.record(AuditEntry.of("PROSPECT_ADDED", "prospect", id, Map.of(
                            "owner", referral.practitioner(), "referral", referral.referralId())).by(referral.referredBy())));
        });
    }

    @EventListener
    @Transactional
    void referralDecided(ReferralDecided decision) {
        boolean accepted = decision.status() == Referrals.Status.ACCEPTED;
        jdbc.sql("""
                select id, stage from mgmt_prospect where referral_id = ? and stage not in ('CONVERTED', 'LOST')""")
                .param(decision.referralId())
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("stage"))).optional()
                .ifPresent(prospect -> {
                    jdbc.sql("""
                            update mgmt_prospect set stage = ?, customer_number = ?, note = coalesce(?, note), changed_on = ?
                            where id = ?""")
                            .params(accepted ? "CONVERTED" : "LOST", decision.customerNumber(),
                                    accepted ? null : decision.declineReason(), decision.on(), prospect.getKey())
                            .update();
                    Map<String, Object> details = new java.util.LinkedHashMap<>();
                    details.put("from", prospect.getValue());
                    details.put("to", accepted ? "CONVERTED" : "LOST");
                    details.put("referral", decision.referralId());
                    if (accepted) {
                        details.put("customer", decision.customerNumber());
                    }
                    audit.record(AuditEntry.of("PROSPECT_STAGE_CHANGED", "prospect", prospect.getKey(), details)
                            .by(decision.practitioner()));
                });
    }
}
