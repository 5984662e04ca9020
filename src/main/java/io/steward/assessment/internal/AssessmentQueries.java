package io.steward.assessment.internal;

import io.steward.assessment.AssessmentLookup;
import io.steward.assessment.EffectiveAssessment;
import io.steward.customer.CustomerRiskLevel;
import io.steward.customer.RiskProfiles;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which assessment counts on a day, for sales and suitability, and the risk column of the client book. */
@Service
@Transactional(readOnly = true)
class AssessmentQueries implements AssessmentLookup, RiskProfiles {

    private final AssessmentRows rows;
    private final JdbcClient jdbc;

    AssessmentQueries(AssessmentRows rows, JdbcClient jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<EffectiveAssessment> latestOn(long customerId, LocalDate day) {
        return rows.latestEffectiveOn(customerId, day).map(AssessmentRow::effective);
    }

    @Override
    public Map<Long, RiskProfile> on(Collection<Long> customerIds, LocalDate day) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, RiskProfile> profiles = new HashMap<>();
        jdbc.sql("""
                select distinct on (customer_id) customer_id, result, effective_on, valid_through from assessment
                where customer_id in (:ids) and status in ('EFFECTIVE', 'SUPERSEDED') and effective_on <= :day
                order by customer_id, effective_on desc, id desc""")
                .param("ids", List.copyOf(customerIds)).param("day", day)
                .query((java.sql.ResultSet rs) -> {
                    profiles.put(rs.getLong(1), new RiskProfile(CustomerRiskLevel.valueOf(rs.getString(2)),
                            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)));
                });
        return profiles;
    }
}
