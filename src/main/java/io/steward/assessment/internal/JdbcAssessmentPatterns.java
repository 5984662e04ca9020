package io.steward.assessment.internal;

import io.steward.assessment.AssessmentPatterns;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcAssessmentPatterns implements AssessmentPatterns {

    /** Assessments the customer confirmed (whatever became of them after: in force, superseded, under review). */
    private static final String CONFIRMED = "confirmed_at is not null and status not in ('STARTED', 'CANCELLED')";

    private final JdbcClient jdbc;

    JdbcAssessmentPatterns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PractitionerAssessments> byPractitioner(Instant since) {
        return jdbc.sql("""
                select started_by, institution_code, count(*) as assessments,
                       count(*) - count(distinct customer_id) as repeats
                from assessment
                where %s and confirmed_at >= ?
                group by started_by, institution_code
                order by 4 desc, 1""".formatted(CONFIRMED))
                .param(OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .query((rs, n) -> new PractitionerAssessments(rs.getString("started_by"),
                        rs.getString("institution_code"), rs.getLong("assessments"), rs.getLong("repeats")))
                .list();
    }

    @Override
    public List<LevelRaise> levelRaises(Instant since) {
        return jdbc.sql("""
                select customer_id, customer_number, started_by, previous_level, result, confirmed_at
                from assessment
                where %s and confirmed_at >= ? and previous_level is not null
                  and previous_level in ('C1', 'C2', 'C3', 'C4') and result in ('C2', 'C3', 'C4', 'C5')
                  and result > previous_level
                order by confirmed_at""".formatted(CONFIRMED))
                .param(OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .query((rs, n) -> new LevelRaise(rs.getLong("customer_id"), rs.getString("customer_number"),
                        rs.getString("started_by"), rs.getString("previous_level"), rs.getString("result"),
                        rs.getObject("confirmed_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
