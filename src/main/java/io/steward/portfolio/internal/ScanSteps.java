package io.steward.portfolio.internal;

import io.steward.customer.CustomerTasks;
import io.steward.customer.CustomerTasks.NewTask;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The three steps of a scan, each a few set-based statements that can run again without harm (so a run resumed after
 * its node died just repeats the step it was in):
 * <ol>
 * <li>FIND: the mismatch statement over the run's holdings into {@code portfolio_scan_found};</li>
 * <li>RECORD: what was found is upserted into {@code portfolio_mismatch} (a new one keeps the day it was first seen,
 * a known one is refreshed), and every open mismatch in scope that this run did not find is closed;</li>
 * <li>TASKS: a practitioner task for each mismatch this run opened, and the tasks of those it closed closed, in
 * chunks through {@link CustomerTasks#raiseAll}. The dedup key {@code portfolio:<kind>:<customer>:<subject>[:<fund>]}
 * keeps one open task per mismatch whatever the next night's run does.</li>
 * </ol>
 */
@Component
class ScanSteps {

    static final int TASK_CHUNK = 5_000;
    static final int DUE_IN_DAYS = 14;

    private final JdbcClient jdbc;
    private final MismatchQuery query;
    private final CustomerTasks tasks;
    private final String workMem;

    ScanSteps(JdbcClient jdbc, MismatchQuery query, CustomerTasks tasks,
            @Value("${steward.portfolio.scan-work-mem:256MB}") String workMem) {
        this.jdbc = jdbc;
        this.query = query;
        this.tasks = tasks;
        if (!workMem.matches("\\d+(kB|MB|GB)")) {
            throw new IllegalArgumentException("steward.portfolio.scan-work-mem: a PostgreSQL size like 256MB, not " + workMem);
        }
        this.workMem = workMem;
    }

    /** In the caller's transaction. The number of mismatches found. */
    long find(long runId, LocalDate day, MismatchQuery.Filter filter) {
        jdbc.sql("set local work_mem = '" + workMem + "'").update();
        jdbc.sql("delete from portfolio_scan_found where run_id = ?").param(runId).update();
        MismatchQuery.Statement statement = query.on(day, filter);
        return jdbc.sql("insert into portfolio_scan_found (run_id, customer_id, kind, subject, fund_id, args, amount)\n"
                        + "select :run, f.* from (" + statement.sql() + ") f")
                .params(statement.params()).param("run", runId).update();
    }

    /** In the caller's transaction: opened and closed counts. */
    Map<String, Long> record(long runId, LocalDate day, MismatchQuery.Filter filter) {
        List<Boolean> inserted = jdbc.sql("""
                insert into portfolio_mismatch (customer_id, kind, subject, fund_id, args, amount, status, first_seen_on,
                    last_seen_on, first_run_id, last_run_id)
                select customer_id, kind, subject, fund_id, args, amount, 'OPEN', :day, :day, :run, :run
                from portfolio_scan_found where run_id = :run
                on conflict (customer_id, kind, subject, fund_id) where status = 'OPEN' do update set
                    args = excluded.args, amount = excluded.amount, last_seen_on = excluded.last_seen_on,
                    last_run_id = excluded.last_run_id
                returning first_run_id = :run""")
                .param("day", day).param("run", runId).query(Boolean.class).list();
        long opened = inserted.stream().filter(Boolean::booleanValue).count();
        Map<String, Object> params = new java.util.HashMap<>();
        filter.bind(params);
        long closed = jdbc.sql("update portfolio_mismatch m set status = 'CLOSED', closed_on = :day, closed_run_id = :run"
                        + "\nwhere m.status = 'OPEN' and m.last_run_id <> :run" + filter.sql("m"))
                .params(params).param("day", day).param("run", runId).update();
        jdbc.sql("delete from portfolio_scan_found where run_id = ?").param(runId).update();
        return Map.of("opened", opened, "closed", closed);
    }

    /** One chunk of tasks to raise for mismatches this run opened, after the mismatch id {@code after}. */
    Chunk raiseChunk(long runId, long after, LocalDate day) {
        List<Long> ids = new ArrayList<>();
        List<NewTask> chunk = jdbc.sql("""
                select m.id, m.customer_id, c.practitioner, m.kind, m.args,""" + " " + DEDUP_KEY + """
                 as dedup_key
                from portfolio_mismatch m join portfolio_customer c on c.id = m.customer_id
                where m.first_run_id = ? and m.status = 'OPEN' and m.id > ? order by m.id limit ?""")
                .params(runId, after, TASK_CHUNK)
                .query((rs, n) -> {
                    ids.add(rs.getLong("id"));
                    return new NewTask(rs.getLong("customer_id"), rs.getString("practitioner"), "PORTFOLIO_MISMATCH",
                            "portfolio.task." + rs.getString("kind"), MismatchFinder.strings(rs.getArray("args")),
                            rs.getString("dedup_key"), day.plusDays(DUE_IN_DAYS));
                }).list();
        int raised = tasks.raiseAll(chunk);
        return new Chunk(ids.isEmpty() ? -1 : ids.getLast(), raised);
    }

    /** One chunk of tasks to close for mismatches this run closed. */
    Chunk closeChunk(long runId, long after) {
        List<Long> ids = new ArrayList<>();
        List<String> keys = jdbc.sql("select m.id," + " " + DEDUP_KEY + """
                 as dedup_key
                from portfolio_mismatch m join portfolio_customer c on c.id = m.customer_id
                where m.closed_run_id = ? and m.id > ? order by m.id limit ?""")
                .params(runId, after, TASK_CHUNK)
                .query((rs, n) -> {
                    ids.add(rs.getLong("id"));
                    return rs.getString("dedup_key");
                }).list();
        int closed = tasks.closeAll(keys);
        return new Chunk(ids.isEmpty() ? -1 : ids.getLast(), closed);
    }

    /** {@code last}: the last mismatch id of the chunk, -1 when there was nothing left. */
    record Chunk(long last, int tasks) {
    }

    static final String DEDUP_KEY = """
            'portfolio:' || m.kind || ':' || c.number || ':' || left(m.subject, 120)
                || case when m.fund_id <> 0 then ':' || m.fund_id else '' end""";
}
