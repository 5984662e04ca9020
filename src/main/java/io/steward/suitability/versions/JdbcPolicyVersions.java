package io.steward.suitability.versions;

import io.steward.platform.DomainRefusal;
import io.steward.suitability.FundPurpose;
import io.steward.suitability.PolicyParameters;
import io.steward.suitability.PolicyParameters.RecordingTrigger;
import io.steward.suitability.PolicyVersions;
import io.steward.suitability.RiskLevel;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The policy_version table, and the facade other modules ask for the version in force. */
@Repository
@Transactional(readOnly = true)
public class JdbcPolicyVersions implements PolicyVersions {

    private static final String SELECT = """
            select id, effective_from, elderly_age, minor_age, highest_level_for_elderly, elderly_witness_from,
                   earmarked_high_risk_from, earmarked_purposes, assessment_validity_days,
                   repeat_assessment_window_days, after_denied_sale_window_days, recording_required_for, rationale,
                   state, proposed_by, proposed_at, decided_by, decided_at, decision_reason
            from policy_version""";

    private final JdbcClient jdbc;

    JdbcPolicyVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PolicyParameters inForceOn(LocalDate day) {
        return versionInForceOn(day).parameters();
    }

    @Override
    public Optional<PolicyParameters> approved(String versionId) {
        if (versionId == null || !versionId.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return find(Long.parseLong(versionId)).filter(v -> v.state() == PolicyState.APPROVED).map(PolicyVersion::parameters);
    }

    /** The approved version with the greatest effective date on or before the day. */
    public PolicyVersion versionInForceOn(LocalDate day) {
        return jdbc.sql(SELECT + " where state = 'APPROVED' and effective_from <= ? order by effective_from desc limit 1")
                .param(day).query(JdbcPolicyVersions::version).optional()
                .orElseThrow(() -> DomainRefusal.notFound("no-policy-in-force", "No policy version is in force on " + day, day));
    }

    public Optional<PolicyVersion> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(JdbcPolicyVersions::version).optional();
    }

    /** Every version, the latest effective date first; pending proposals among them. */
    public List<PolicyVersion> all() {
        return jdbc.sql(SELECT + " order by effective_from desc, id desc").query(JdbcPolicyVersions::version).list();
    }

    /** Locks the row until the transaction ends, so two officers cannot decide one proposal twice. */
    Optional<PolicyVersion> lock(long id) {
        return jdbc.sql(SELECT + " where id = ? for update").param(id).query(JdbcPolicyVersions::version).optional();
    }

    boolean approvedOn(LocalDate effectiveFrom) {
        return jdbc.sql("select count(*) from policy_version where state = 'APPROVED' and effective_from = ?")
                .param(effectiveFrom).query(Long.class).single() > 0;
    }

    private static PolicyVersion version(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        PolicyParameters parameters = new PolicyParameters(String.valueOf(id),
                rs.getObject("effective_from", LocalDate.class), rs.getInt("elderly_age"), rs.getInt("minor_age"),
                RiskLevel.valueOf(rs.getString("highest_level_for_elderly")),
                RiskLevel.valueOf(rs.getString("elderly_witness_from")),
                RiskLevel.valueOf(rs.getString("earmarked_high_risk_from")),
                enums(rs.getArray("earmarked_purposes"), FundPurpose.class), rs.getInt("assessment_validity_days"),
                rs.getInt("repeat_assessment_window_days"), rs.getInt("after_denied_sale_window_days"),
                enums(rs.getArray("recording_required_for"), RecordingTrigger.class));
        return new PolicyVersion(id, parameters, rs.getString("rationale"), PolicyState.valueOf(rs.getString("state")),
                rs.getString("proposed_by"), instant(rs.getTimestamp("proposed_at")), rs.getString("decided_by"),
                instant(rs.getTimestamp("decided_at")), rs.getString("decision_reason"));
    }

    private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
        Set<E> values = EnumSet.noneOf(type);
        for (String name : (String[]) array.getArray()) {
            values.add(Enum.valueOf(type, name));
        }
        return values;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
