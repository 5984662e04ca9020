package io.steward.management.internal;

import io.steward.management.Metric;
import io.steward.management.MetricSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** CONTACTS: the customer contacts the staff logged in the period (Article 5's relationship maintenance). */
@Component
class ContactsMetric implements MetricSource {

    private final JdbcClient jdbc;

    ContactsMetric(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Metric metric() {
        return Metric.CONTACTS;
    }

    @Override
    public BigDecimal measure(Set<String> staff, LocalDate from, LocalDate to) {
        return BigDecimal.valueOf(jdbc.sql("""
                select count(*) from mgmt_contact
                where practitioner in (:staff) and contacted_on between :from and :to""")
                .param("staff", staff).param("from", from).param("to", to).query(Long.class).single());
    }
}
