package io.steward.assessment.internal;

import io.steward.assessment.AssessmentLocation;
import io.steward.assessment.AssessmentStatus;
import io.steward.customer.CustomerRiskLevel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AssessmentRows {

    static final String SELECT = """
            select id, customer_id, customer_number, questionnaire_version, status, location, institution_code,
                   guardian_id, started_by, started_at, confirmation_request_id, total_score, result, disqualified_by,
                   confirmed_at, confirmed_on, possible_proxy, review_triggers, previous_level, previous_confirmed_on,
                   denied_sale_on, level_rise, reviewed_by, reviewed_at, review_reason, effective_on, valid_through,
                   cancelled_reason, legacy_reference
            from assessment""";

    private final JdbcClient jdbc;

    AssessmentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AssessmentRow> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(AssessmentRows::map).optional();
    }

    Optional<AssessmentRow> lock(long id) {
        return jdbc.sql(SELECT + " where id = ? for update").param(id).query(AssessmentRows::map).optional();
    }

    List<AssessmentRow> ofCustomer(long customerId) {
        return jdbc.sql(SELECT + " where customer_id = ? order by started_at desc, id desc").param(customerId)
                .query(AssessmentRows::map).list();
    }

    Optional<AssessmentRow> open(long customerId) {
        return jdbc.sql(SELECT + " where customer_id = ? and status in ('STARTED', 'AWAITING_REVIEW') for update")
                .param(customerId).query(AssessmentRows::map).optional();
    }

    Optional<AssessmentRow> latestEffectiveOn(long customerId, LocalDate day) {
        return jdbc.sql(SELECT + "\n" + """
                 where customer_id = ? and status in ('EFFECTIVE', 'SUPERSEDED') and effective_on <= ?
                 order by effective_on desc, id desc limit 1""")
                .params(customerId, day).query(AssessmentRows::map).optional();
    }

    /** The latest assessment the customer confirmed before this one (whatever became of it after), for ASSESS-3. */
    Optional<AssessmentRow> lastConfirmedBefore(long customerId, long excludedId) {
        return jdbc.sql(SELECT + "\n" + """
                 where customer_id = ? and id <> ? and confirmed_on is not null
                 order by confirmed_on desc, id desc limit 1""")
                .params(customerId, excludedId).query(AssessmentRows::map).optional();
    }

    static AssessmentRow map(ResultSet rs, int row) throws SQLException {
        String triggers = rs.getString("review_triggers");
        return new AssessmentRow(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("customer_number"),
                rs.getInt("questionnaire_version"), AssessmentStatus.valueOf(rs.getString("status")),
                AssessmentLocation.valueOf(rs.getString("location")), rs.getString("institution_code"),
                nullableLong(rs, "guardian_id"), rs.getString("started_by"), instant(rs, "started_at"),
                nullableLong(rs, "confirmation_request_id"),
                rs.getObject("total_score") == null ? null : rs.getInt("total_score"), level(rs, "result"),
                rs.getString("disqualified_by"), instant(rs, "confirmed_at"), rs.getObject("confirmed_on", LocalDate.class),
                rs.getBoolean("possible_proxy"),
                triggers == null || triggers.isBlank() ? List.of() : Arrays.asList(triggers.split(",")),
                level(rs, "previous_level"), rs.getObject("previous_confirmed_on", LocalDate.class),
                rs.getObject("denied_sale_on", LocalDate.class), rs.getBoolean("level_rise"), rs.getString("reviewed_by"),
                instant(rs, "reviewed_at"), rs.getString("review_reason"), rs.getObject("effective_on", LocalDate.class),
                rs.getObject("valid_through", LocalDate.class), rs.getString("cancelled_reason"),
                rs.getString("legacy_reference"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column) == null ? null : rs.getLong(column);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static CustomerRiskLevel level(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : CustomerRiskLevel.valueOf(value);
    }
}
