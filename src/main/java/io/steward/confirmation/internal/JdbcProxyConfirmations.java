package io.steward.confirmation.internal;

import io.steward.confirmation.ProxyConfirmations;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcProxyConfirmations implements ProxyConfirmations {

    private final JdbcClient jdbc;

    JdbcProxyConfirmations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ProxyCount> byRequester(Instant since) {
        return jdbc.sql("""
                select r.requested_by, count(*) as flagged, count(*) filter (where f.status = 'OPEN') as open,
                       count(*) filter (where f.reasons like '%SAME_DEVICE%') as same_device, max(f.raised_at) as latest
                from confirmation_proxy_flag f join confirmation_request r on r.id = f.request_id
                where f.raised_at >= ?
                group by r.requested_by
                order by 2 desc, 1""")
                .param(OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .query((rs, n) -> new ProxyCount(rs.getString("requested_by"), rs.getLong("flagged"), rs.getLong("open"),
                        rs.getLong("same_device"), rs.getObject("latest", OffsetDateTime.class).toInstant()))
                .list();
    }
}
