package io.steward.audit.internal;

import io.steward.audit.ReadingPatterns;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcReadingPatterns implements ReadingPatterns {

    private final JdbcClient jdbc;

    JdbcReadingPatterns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ReadingDay> readingsOn(LocalDate day, ZoneId zone, int baselineDays, LocalTime opens, LocalTime closes) {
        OffsetDateTime start = day.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime end = day.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime baseline = day.minusDays(baselineDays).atStartOfDay(zone).toOffsetDateTime();
        return jdbc.sql("""
                with reads as (
                    select actor, occurred_at, cast(occurred_at at time zone :zone as timestamp) as local_at
                    from audit_event
                    where event_type in ('CUSTOMER_VIEWED', 'CUSTOMER_LIST_VIEWED')
                      and occurred_at >= :baseline and occurred_at < :end
                )
                select actor,
                       count(*) filter (where occurred_at >= :start) as reads,
                       count(*) filter (where occurred_at < :start) / cast(:baselineDays as numeric) as usual,
                       count(*) filter (where occurred_at >= :start and (cast(local_at as time) < :opens
                           or cast(local_at as time) >= :closes or extract(isodow from local_at) >= 6)) as outside
                from reads
                group by actor
                having count(*) filter (where occurred_at >= :start) > 0
                order by 2 desc, actor""")
                .param("zone", zone.getId()).param("baseline", baseline).param("start", start).param("end", end)
                .param("baselineDays", baselineDays).param("opens", opens).param("closes", closes)
                .query((rs, n) -> new ReadingDay(rs.getString("actor"), rs.getLong("reads"), rs.getDouble("usual"),
                        rs.getLong("outside")))
                .list();
    }
}
