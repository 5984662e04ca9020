package io.steward.assessment.internal;

import io.steward.assessment.AssessmentFigures;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AssessmentFigureQueries implements AssessmentFigures {

    private final JdbcClient jdbc;

    AssessmentFigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long tookEffect(Set<String> staff, LocalDate day) {
        if (staff.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                select count(*) from assessment
                where started_by in (:staff) and status in ('EFFECTIVE', 'SUPERSEDED') and effective_on = :day""")
                .param("staff", staff).param("day", day).query(Long.class).single();
    }

    @Override
    public long reviewsOpened(Set<String> staff, LocalDate day) {
        if (staff.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                select count(*) from assessment
                where started_by in (:staff) and confirmed_on = :day and review_triggers <> ''""")
                .param("staff", staff).param("day", day).query(Long.class).single();
    }
}
