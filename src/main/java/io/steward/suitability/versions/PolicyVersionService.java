package io.steward.suitability.versions;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.organization.Role;
import io.steward.organization.StaffDirectory;
import io.steward.organization.StaffMember;
import io.steward.platform.DomainRefusal;
import io.steward.suitability.PolicyParameters;
import io.steward.suitability.PolicyVersionApproved;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposing and deciding policy versions, with four eyes: one COMPLIANCE officer proposes, another approves or
 * rejects; the proposer may withdraw. Every step is audited in the same transaction.
 */
@Service
@Transactional
public class PolicyVersionService {

    /** Serializes approvals, so two versions never become effective on the same day. */
    private static final long APPROVAL_LOCK = 0x504f4c4943590001L; // "POLICY", 1

    private final JdbcClient jdbc;
    private final JdbcPolicyVersions versions;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PolicyVersionService(JdbcClient jdbc, JdbcPolicyVersions versions, StaffDirectory staff, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.staff = staff;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public PolicyVersion propose(PolicyProposal proposal, String proposer) {
        complianceOfficer(proposer);
        if (proposal.effectiveFrom().isBefore(today())) {
            throw DomainRefusal.invalid("policy-effective-in-past", "A policy version cannot take effect in the past",
                    proposal.effectiveFrom());
        }
        PolicyParameters parameters;
        try {
            parameters = proposal.toParameters("proposed");
        } catch (IllegalArgumentException refused) {
            throw DomainRefusal.invalid("policy-parameters", refused.getMessage(), refused.getMessage());
        }
        long id = jdbc.sql("""
                insert into policy_version (effective_from, elderly_age, minor_age, highest_level_for_elderly,
                    elderly_witness_from, earmarked_high_risk_from, earmarked_purposes, assessment_validity_days,
                    repeat_assessment_window_days, after_denied_sale_window_days, recording_required_for, rationale,
                    state, proposed_by, proposed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROPOSED', ?, ?) returning id""")
                .params(parameters.effectiveFrom(), parameters.elderlyAge(), parameters.minorAge(),
                        parameters.highestLevelForElderly().name(), parameters.elderlyWitnessFrom().name(),
                        parameters.earmarkedHighRiskFrom().name(), names(parameters.earmarkedPurposes()),
                        parameters.assessmentValidityDays(), parameters.repeatAssessmentWindowDays(),
                        parameters.afterDeniedSaleWindowDays(), names(parameters.recordingRequiredFor()),
                        proposal.rationale().strip(), proposer, now())
                .query(Long.class).single();
        Map<String, Object> details = details(parameters);
        details.put("rationale", proposal.rationale().strip());
        audit.record(AuditEntry.of("POLICY_VERSION_PROPOSED", "policy-version", id, details).by(proposer));
        return versions.find(id).orElseThrow();
    }

    public PolicyVersion approve(long id, String approver) {
        complianceOfficer(approver);
        jdbc.sql("select pg_advisory_xact_lock(?)").param(APPROVAL_LOCK).query().singleRow();
        PolicyVersion proposal = pending(id);
        if (proposal.proposedBy().equals(approver)) {
            throw DomainRefusal.forbidden("four-eyes", "Policy version " + id + " was proposed by " + approver
                    + ": a second compliance officer approves it", id);
        }
        LocalDate effectiveFrom = proposal.parameters().effectiveFrom();
        if (effectiveFrom.isBefore(today())) {
            throw DomainRefusal.conflict("policy-effective-date-passed", "Policy version " + id + " was to take effect on "
                    + effectiveFrom + ", which has passed: propose it again with a new date", id, effectiveFrom);
        }
        if (versions.approvedOn(effectiveFrom)) {
            throw DomainRefusal.conflict("policy-effective-date-taken", "Another approved version takes effect on "
                    + effectiveFrom, id, effectiveFrom);
        }
        decide(id, PolicyState.APPROVED, approver, null);
        audit.record(AuditEntry.of("POLICY_VERSION_APPROVED", "policy-version", id, Map.of(
                "effectiveFrom", effectiveFrom, "proposedBy", proposal.proposedBy())).by(approver));
        events.publishEvent(new PolicyVersionApproved(String.valueOf(id), effectiveFrom));
        return versions.find(id).orElseThrow();
    }

    public PolicyVersion reject(long id, String officer, String reason) {
        complianceOfficer(officer);
        PolicyVersion proposal = pending(id);
        if (proposal.proposedBy().equals(officer)) {
            throw DomainRefusal.forbidden("four-eyes-rejection", "Policy version " + id + " is yours: withdraw it "
                    + "instead of rejecting it", id);
        }
        if (reason == null || reason.isBlank()) {
            throw DomainRefusal.invalid("rejection-reason-required", "A rejection needs a reason");
        }
        decide(id, PolicyState.REJECTED, officer, reason.strip());
        audit.record(AuditEntry.of("POLICY_VERSION_REJECTED", "policy-version", id, Map.of(
                "reason", reason.strip(), "proposedBy", proposal.proposedBy())).by(officer));
        return versions.find(id).orElseThrow();
    }

    public PolicyVersion withdraw(long id, String officer) {
        complianceOfficer(officer);
        PolicyVersion proposal = pending(id);
        if (!proposal.proposedBy().equals(officer)) {
            throw DomainRefusal.forbidden("not-the-proposer", "Only " + proposal.proposedBy()
                    + " may withdraw policy version " + id, id, proposal.proposedBy());
        }
        decide(id, PolicyState.WITHDRAWN, officer, null);
        audit.record(AuditEntry.of("POLICY_VERSION_WITHDRAWN", "policy-version", id, Map.of()).by(officer));
        return versions.find(id).orElseThrow();
    }

    private void decide(long id, PolicyState state, String officer, String reason) {
        jdbc.sql("update policy_version set state = ?, decided_by = ?, decided_at = ?, decision_reason = ? where id = ?")
                .params(state.name(), officer, now(), reason, id).update();
    }

    private PolicyVersion pending(long id) {
        PolicyVersion version = versions.lock(id).orElseThrow(() -> DomainRefusal.notFound("unknown-policy-version",
                "Unknown policy version " + id, id));
        if (!version.isPending()) {
            throw DomainRefusal.conflict("policy-version-decided", "Policy version " + id + " is already "
                    + version.state(), id, version.state());
        }
        return version;
    }

    private void complianceOfficer(String username) {
        staff.find(username).filter(StaffMember::enabled).filter(member -> member.holds(Role.COMPLIANCE))
                .orElseThrow(() -> DomainRefusal.forbidden("not-compliance", username + " is not a compliance officer",
                        username));
    }

    private static Map<String, Object> details(PolicyParameters parameters) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("effectiveFrom", parameters.effectiveFrom());
        details.put("elderlyAge", parameters.elderlyAge());
        details.put("minorAge", parameters.minorAge());
        details.put("highestLevelForElderly", parameters.highestLevelForElderly());
        details.put("elderlyWitnessFrom", parameters.elderlyWitnessFrom());
        details.put("earmarkedHighRiskFrom", parameters.earmarkedHighRiskFrom());
        details.put("earmarkedPurposes", List.of(names(parameters.earmarkedPurposes())));
        details.put("assessmentValidityDays", parameters.assessmentValidityDays());
        details.put("repeatAssessmentWindowDays", parameters.repeatAssessmentWindowDays());
        details.put("afterDeniedSaleWindowDays", parameters.afterDeniedSaleWindowDays());
        details.put("recordingRequiredFor", List.of(names(parameters.recordingRequiredFor())));
        return details;
    }

    private static String[] names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
