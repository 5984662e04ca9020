package io.steward.sales.internal;

import io.steward.sales.SalesPatterns;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcSalesPatterns implements SalesPatterns {

    private final JdbcTemplate jdbc;

    JdbcSalesPatterns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SalesAfter> openedSoonAfter(List<CustomerMoment> moments, Duration within, Instant since) {
        Long[] customers = moments.stream().map(CustomerMoment::customerId).toArray(Long[]::new);
        Timestamp[] instants = moments.stream().map(moment -> Timestamp.from(moment.at())).toArray(Timestamp[]::new);
        return jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<List<SalesAfter>>) (Connection connection) -> {
            Array customerArray = connection.createArrayOf("bigint", customers);
            Array momentArray = connection.createArrayOf("timestamptz", instants);
            try (PreparedStatement statement = connection.prepareStatement("""
                    with moment as (select * from unnest(?::bigint[], ?::timestamptz[]) as m(customer_id, at))
                    select sc.practitioner, count(*) as sales,
                           count(*) filter (where exists (select 1 from moment m where m.customer_id = sc.customer_id
                               and sc.opened_at >= m.at and sc.opened_at < m.at + ?::interval)) as soon_after
                    from sales_case sc
                    where sc.opened_at >= ?
                    group by sc.practitioner
                    order by 3 desc, 1""")) {
                statement.setArray(1, customerArray);
                statement.setArray(2, momentArray);
                statement.setString(3, within.toSeconds() + " seconds");
                statement.setTimestamp(4, Timestamp.from(since));
                List<SalesAfter> result = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        result.add(new SalesAfter(rs.getString("practitioner"), rs.getLong("sales"),
                                rs.getLong("soon_after")));
                    }
                }
                return result;
            }
        });
    }
}
