package io.steward.portfolio.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The scan runs table, which is also the lock, and where a run makes its moves ({@link ScanState}, {@link ScanStep}),
 * each a statement whose condition lets one node make it: a unique index lets one run be RUNNING at a time across every node,
 * another lets one NIGHTLY run exist per day, and a node claims a run by an UPDATE that only one transaction wins.
 */
@Repository
class ScanRuns {

    private static final String SELECT = """
            select id, trigger, product_code, scan_day, state, step, node, heartbeat_at, requested_by, requested_at,
                   started_at, finished_at, found, opened, closed, tasks_raised, tasks_closed, find_millis,
                   record_millis, tasks_millis, resumed, failure
            from portfolio_scan_run""";

    private final JdbcClient jdbc;

    ScanRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues the day's nightly run unless some node already did; its id, or empty. */
    Optional<Long> queueNightly(LocalDate day, OffsetDateTime now) {
        return jdbc.sql("""
                insert into portfolio_scan_run (trigger, scan_day, state, step, requested_by, requested_at)
                values ('NIGHTLY', ?, 'QUEUED', 'FIND', 'scheduler', ?)
                on conflict (scan_day) where trigger = 'NIGHTLY' do nothing returning id""")
                .params(day, now).query(Long.class).optional();
    }

    long queue(String trigger, String productCode, LocalDate day, String requestedBy, OffsetDateTime now) {
        return jdbc.sql("""
                insert into portfolio_scan_run (trigger, product_code, scan_day, state, step, requested_by, requested_at)
                values (?, ?, ?, 'QUEUED', 'FIND', ?, ?) returning id""")
                .params(trigger, productCode, day, requestedBy, now).query(Long.class).single();
    }

    /**
     * Claims the oldest queued run for this node, unless a run is RUNNING anywhere; the claimed run's id. Two nodes
     * claiming at once: the unique index refuses the second ({@link org.springframework.dao.DuplicateKeyException},
     * which aborts the caller's transaction).
     */
    Optional<Long> claimNext(String node, OffsetDateTime now) {
        return jdbc.sql("""
                    update portfolio_scan_run set state = 'RUNNING', node = :node, heartbeat_at = :now,
                        started_at = coalesce(started_at, :now)
                    where id = (select id from portfolio_scan_run where state = 'QUEUED' order by id limit 1
                                for update skip locked)
                      and not exists (select 1 from portfolio_scan_run where state = 'RUNNING')
                    returning id""")
                    .param("node", node).param("now", now).query(Long.class).optional();
    }

    /** Takes over a RUNNING run whose node stopped beating before {@code staleBefore}; its id. */
    Optional<Long> takeOverStale(String node, OffsetDateTime now, OffsetDateTime staleBefore) {
        return jdbc.sql("""
                update portfolio_scan_run set node = ?, heartbeat_at = ?, resumed = resumed + 1
                where id = (select id from portfolio_scan_run where state = 'RUNNING' and heartbeat_at < ?
                            for update skip locked)
                returning id""")
                .params(node, now, staleBefore).query(Long.class).optional();
    }

    /** Moves the run on from {@code from} to its next step and beats its heart; false if this node no longer owns it. */
    boolean advance(long id, String node, ScanStep from, long millis, Map<String, Long> counts, OffsetDateTime now) {
        ScanStep to = from.next();
        StringBuilder sql = new StringBuilder("update portfolio_scan_run set step = :to, heartbeat_at = :now, ")
                .append(from.millisColumn()).append(" = :millis");
        counts.keySet().forEach(column -> sql.append(", ").append(column).append(" = :").append(column));
        if (to == ScanStep.DONE) {
            sql.append(", state = :completed, finished_at = :now");
        }
        sql.append(" where id = :id and node = :node and step = :from and state = :running");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("to", to.name()).param("now", now)
                .param("millis", millis).param("id", id).param("node", node).param("from", from.name())
                .param("running", ScanState.RUNNING.name());
        if (to == ScanStep.DONE) {
            statement = statement.param("completed", ScanState.COMPLETED.name());
        }
        for (Map.Entry<String, Long> count : counts.entrySet()) {
            statement = statement.param(count.getKey(), count.getValue());
        }
        return statement.update() == 1;
    }

    void progress(long id, long tasksRaised, long tasksClosed, OffsetDateTime now) {
        jdbc.sql("update portfolio_scan_run set tasks_raised = ?, tasks_closed = ?, heartbeat_at = ? where id = ?")
                .params(tasksRaised, tasksClosed, now, id).update();
    }

    void failed(long id, String failure, OffsetDateTime now) {
        jdbc.sql("update portfolio_scan_run set state = 'FAILED', failure = ?, finished_at = ? where id = ? and state = 'RUNNING'")
                .params(failure.length() > 1000 ? failure.substring(0, 1000) : failure, now, id).update();
    }

    Optional<ScanRun> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(ScanRuns::map).optional();
    }

    List<ScanRun> recent(int limit) {
        return jdbc.sql(SELECT + " order by id desc limit ?").param(limit).query(ScanRuns::map).list();
    }

    /** Open mismatches by kind, for the progress page (counts only). */
    List<Map<String, Object>> openByKind() {
        return jdbc.sql("select kind, count(*) as open from portfolio_mismatch where status = 'OPEN' group by kind order by kind")
                .query().listOfRows();
    }

    static ScanRun map(ResultSet rs, int row) throws SQLException {
        return new ScanRun(rs.getLong("id"), rs.getString("trigger"), rs.getString("product_code"),
                rs.getObject("scan_day", LocalDate.class), ScanState.valueOf(rs.getString("state")),
                ScanStep.valueOf(rs.getString("step")),
                rs.getString("node"), instant(rs, "heartbeat_at"), rs.getString("requested_by"),
                instant(rs, "requested_at"), instant(rs, "started_at"), instant(rs, "finished_at"),
                longOrNull(rs, "found"), longOrNull(rs, "opened"), longOrNull(rs, "closed"),
                longOrNull(rs, "tasks_raised"), longOrNull(rs, "tasks_closed"), longOrNull(rs, "find_millis"),
                longOrNull(rs, "record_millis"), longOrNull(rs, "tasks_millis"), rs.getInt("resumed"),
                rs.getString("failure"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
