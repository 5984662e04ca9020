package io.steward.management.internal;

import io.steward.management.Metric;
import io.steward.management.MetricSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SATISFACTION: the average score of the satisfaction surveys of the staff's customers in the period. */
@Component
class SatisfactionMetric implements MetricSource {

    private final JdbcClient jdbc;

    SatisfactionMetric(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Metric metric() {
        return Metric.SATISFACTION;
    }

    @Override
    public BigDecimal measure(Set<String> staff, LocalDate from, LocalDate to) {
        BigDecimal average = jdbc.sql("""
                select avg(score) from mgmt_satisfaction
                where practitioner in (:staff) and surveyed_on between :from and :to""")
                .param("staff", staff).param("from", from).param("to", to).query((rs, n) -> rs.getBigDecimal(1)).list().getFirst();
        return average == null ? null : average.setScale(2, RoundingMode.HALF_UP);
    }
}
