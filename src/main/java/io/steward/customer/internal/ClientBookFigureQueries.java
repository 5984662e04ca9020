package io.steward.customer.internal;

import io.steward.customer.ClientBookFigures;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ClientBookFigureQueries implements ClientBookFigures {

    private final JdbcClient jdbc;
    private final Clock clock;

    ClientBookFigureQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public long registered(Set<String> staff, LocalDate from, LocalDate to) {
        if (staff.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                select count(*) from customer
                where created_by in (:staff) and created_at >= :from and created_at < :until""")
                .param("staff", staff).param("from", startOf(from)).param("until", startOf(to.plusDays(1)))
                .query(Long.class).single();
    }

    @Override
    public List<BookEntry> customersOf(Set<String> practitioners) {
        if (practitioners.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, number, full_name, birth_date, practitioner from customer
                where practitioner in (:practitioners) order by practitioner, number""")
                .param("practitioners", practitioners)
                .query((rs, n) -> new BookEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5)))
                .list();
    }

    @Override
    public long interviewFlagsRaised(Set<String> staff, LocalDate day) {
        if (staff.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                select count(*) from interview_flag f join interview i on i.id = f.interview_id
                where i.recorded_by in (:staff) and f.raised_at >= :from and f.raised_at < :until""")
                .param("staff", staff).param("from", startOf(day)).param("until", startOf(day.plusDays(1)))
                .query(Long.class).single();
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toOffsetDateTime();
    }
}
