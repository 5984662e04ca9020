package io.steward.confirmation.internal;

import io.steward.confirmation.ProxyConfirmationFigures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ProxyConfirmationFigureQueries implements ProxyConfirmationFigures {

    private final JdbcClient jdbc;
    private final Clock clock;

    ProxyConfirmationFigureQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public long flagsRaised(Set<String> staff, LocalDate day) {
        if (staff.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                select count(*) from confirmation_proxy_flag f join confirmation_request r on r.id = f.request_id
                where r.requested_by in (:staff) and f.raised_at >= :from and f.raised_at < :until""")
                .param("staff", staff)
                .param("from", day.atStartOfDay(clock.getZone()).toOffsetDateTime())
                .param("until", day.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime())
                .query(Long.class).single();
    }
}
