package io.steward.portfolio.internal;

import io.steward.portfolio.Mismatch;
import io.steward.portfolio.MismatchKind;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The mismatches of one customer today, as the scan would find them, with the day a scan first recorded each. */
@Component
class MismatchFinder {

    private final MismatchQuery query;
    private final JdbcClient jdbc;

    MismatchFinder(MismatchQuery query, JdbcClient jdbc) {
        this.query = query;
        this.jdbc = jdbc;
    }

    List<Mismatch> of(long customerId, LocalDate day) {
        Map<String, LocalDate> firstSeen = new HashMap<>();
        jdbc.sql("select kind, subject, fund_id, first_seen_on from portfolio_mismatch where customer_id = ? and status = 'OPEN'")
                .param(customerId)
                .query((ResultSet rs) -> {
                    firstSeen.put(key(rs.getString(1), rs.getString(2), rs.getLong(3)), rs.getObject(4, LocalDate.class));
                });
        MismatchQuery.Statement statement = query.on(day, MismatchQuery.Filter.customer(customerId));
        return jdbc.sql(statement.sql()).params(statement.params())
                .query((rs, n) -> new Mismatch(MismatchKind.valueOf(rs.getString("kind")), rs.getString("subject"),
                        rs.getLong("fund_id"), strings(rs.getArray("args")), rs.getBigDecimal("amount"),
                        firstSeen.get(key(rs.getString("kind"), rs.getString("subject"), rs.getLong("fund_id")))))
                .list().stream()
                .sorted(Comparator.comparing(Mismatch::kind).thenComparing(Mismatch::subject).thenComparing(Mismatch::fundId))
                .toList();
    }

    static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(value -> value == null ? "" : value.toString()).toList();
    }

    private static String key(String kind, String subject, long fundId) {
        return kind + '\u0000' + subject + '\u0000' + fundId;
    }
}
