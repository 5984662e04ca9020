package io.steward.management.internal;

import io.steward.access.CurrentActor;
import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.management.Department;
import io.steward.management.Metric;
import io.steward.management.internal.Appraisal.Item;
import io.steward.management.internal.Appraisal.State;
import io.steward.management.internal.Appraisal.Step;
import io.steward.management.internal.Indicators.Indicator;
import io.steward.organization.Role;
import io.steward.organization.StaffMember;
import io.steward.platform.DomainRefusal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly appraisal cycle. Only the manager of the employee's department verifies, revises and finalises; only
 * the employee confirms or disputes. Anyone else does not see the appraisal at all (404); the manager and the employee
 * trying each other's move are refused (403).
 */
@Service
@Transactional
public class Appraisals {

    /** An indicator achieved beyond its target scores at most this share of its weight. */
    static final BigDecimal SCORE_CAP = BigDecimal.valueOf(120);

    private final JdbcClient jdbc;
    private final Indicators indicators;
    private final Targets targets;
    private final MetricSources sources;
    private final Departments departments;
    private final AuditTrail audit;
    private final Clock clock;

    Appraisals(JdbcClient jdbc, Indicators indicators, Targets targets, MetricSources sources, Departments departments,
            AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.targets = targets;
        this.sources = sources;
        this.departments = departments;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens the month's cycle: a computed DRAFT for every staff member whose post has indicators. */
    public List<Appraisal> openCycle(Department department, YearMonth month, String actor) {
        if (!month.isBefore(YearMonth.now(clock))) {
            throw DomainRefusal.invalid("appraisal-month-open", "A month is appraised once it is over", month.toString());
        }
        List<Appraisal> opened = new ArrayList<>();
        for (String username : department.staff()) {
            Optional<StaffMember> member = departments.member(username);
            if (member.isEmpty()) {
                continue;
            }
            Role post = Indicators.postOf(member.get().roles());
            List<Indicator> list = indicators.of(department.manager(), post);
            if (list.isEmpty()) {
                continue;
            }
            Long id = jdbc.sql("""
                    insert into mgmt_appraisal (department, employee, post, month, state, created_at)
                    values (?, ?, ?, ?, 'DRAFT', ?) on conflict (employee, month) do nothing returning id""")
                    .params(department.manager(), username, post.name(), month.atDay(1), OffsetDateTime.now(clock))
                    .query(Long.class).optional().orElse(null);
            if (id == null) {
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                Indicator indicator = list.get(i);
                jdbc.sql("""
                        insert into mgmt_appraisal_item (appraisal_id, code, name, metric, weight, position)
                        values (?, ?, ?, ?, ?, ?)""")
                        .params(id, indicator.code(), indicator.name(),
                                indicator.metric() == null ? null : indicator.metric().name(), indicator.weight(), i)
                        .update();
            }
            compute(id, department.manager(), username, month);
            step(id, null, State.DRAFT, actor, null);
            audit.record(AuditEntry.of("APPRAISAL_OPENED", "appraisal", id, Map.of("employee", username,
                    "month", month.toString())).by(actor));
            opened.add(load(id));
        }
        return opened;
    }

    /** The figures again from the data, for an appraisal that is with the manager. */
    public Appraisal recompute(CurrentActor actor, long id) {
        Appraisal appraisal = asManager(actor, id);
        appraisal.requireWithManager();
        compute(id, appraisal.department(), appraisal.employee(), YearMonth.from(appraisal.month()));
        audit.record(AuditEntry.of("APPRAISAL_RECOMPUTED", "appraisal", id, Map.of()).by(actor.username()));
        return load(id);
    }

    /** The manager sets an indicator's score (one that is not measured, or a correction after a dispute). */
    public Appraisal score(CurrentActor actor, long id, String code, BigDecimal score, String note) {
        Appraisal appraisal = asManager(actor, id);
        appraisal.requireWithManager();
        if (appraisal.items().stream().noneMatch(item -> item.code().equals(code))) {
            throw DomainRefusal.notFound("appraisal-unknown-indicator", "No indicator " + code, code);
        }
        if (score.signum() < 0 || score.compareTo(SCORE_CAP) > 0) {
            throw DomainRefusal.invalid("appraisal-score-range", "A score is between 0 and " + SCORE_CAP, score.toPlainString());
        }
        jdbc.sql("update mgmt_appraisal_item set score = ?, note = ? where appraisal_id = ? and code = ?")
                .params(score, note, id, code).update();
        total(id);
        audit.record(AuditEntry.of("APPRAISAL_SCORED", "appraisal", id, Map.of("indicator", code, "score", score,
                "note", String.valueOf(note))).by(actor.username()));
        return load(id);
    }

    public Appraisal verify(CurrentActor actor, long id) {
        Appraisal appraisal = asManager(actor, id);
        return move(appraisal, appraisal.verify(), actor.username(), null);
    }

    public Appraisal finalise(CurrentActor actor, long id) {
        Appraisal appraisal = asManager(actor, id);
        return move(appraisal, appraisal.finalise(), actor.username(), null);
    }

    public Appraisal confirm(CurrentActor actor, long id) {
        Appraisal appraisal = asEmployee(actor, id);
        return move(appraisal, appraisal.confirm(), actor.username(), null);
    }

    public Appraisal dispute(CurrentActor actor, long id, String reason) {
        Appraisal appraisal = asEmployee(actor, id);
        return move(appraisal, appraisal.dispute(), actor.username(), reason.trim());
    }

    @Transactional(readOnly = true)
    public Appraisal read(CurrentActor actor, long id) {
        Appraisal appraisal = find(id).orElseThrow(() -> unknown(id));
        if (!appraisal.employee().equals(actor.username()) && !appraisal.department().equals(actor.username())) {
            throw unknown(id);
        }
        return appraisal;
    }

    @Transactional(readOnly = true)
    public List<Appraisal> history(String employee) {
        return jdbc.sql("select id from mgmt_appraisal where employee = ? order by month desc").param(employee)
                .query(Long.class).list().stream().map(this::load).toList();
    }

    @Transactional(readOnly = true)
    public List<Appraisal> ofMonth(Department department, YearMonth month) {
        return jdbc.sql("select id from mgmt_appraisal where department = ? and month = ? order by employee")
                .params(department.manager(), month.atDay(1)).query(Long.class).list().stream().map(this::load).toList();
    }

    private Appraisal move(Appraisal appraisal, State to, String actor, String reason) {
        int changed = jdbc.sql("update mgmt_appraisal set state = ?, version = version + 1 where id = ? and version = ?")
                .params(to.name(), appraisal.id(), appraisal.version()).update();
        if (changed == 0) {
            throw DomainRefusal.conflict("appraisal-changed", "The appraisal changed meanwhile; reload it");
        }
        step(appraisal.id(), appraisal.state(), to, actor, reason);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("employee", appraisal.employee());
        details.put("month", YearMonth.from(appraisal.month()).toString());
        details.put("from", appraisal.state());
        details.put("to", to);
        if (reason != null) {
            details.put("reason", reason);
        }
        audit.record(AuditEntry.of("APPRAISAL_" + to.name(), "appraisal", appraisal.id(), details).by(actor));
        return load(appraisal.id());
    }

    private Appraisal asManager(CurrentActor actor, long id) {
        Appraisal appraisal = find(id).orElseThrow(() -> unknown(id));
        if (appraisal.department().equals(actor.username())) {
            return appraisal;
        }
        if (appraisal.employee().equals(actor.username())) {
            throw DomainRefusal.forbidden("appraisal-manager-move", "Only your department manager does this");
        }
        throw unknown(id);
    }

    private Appraisal asEmployee(CurrentActor actor, long id) {
        Appraisal appraisal = find(id).orElseThrow(() -> unknown(id));
        if (appraisal.employee().equals(actor.username())) {
            return appraisal;
        }
        if (appraisal.department().equals(actor.username())) {
            throw DomainRefusal.forbidden("appraisal-employee-move", "Only the employee confirms or disputes");
        }
        throw unknown(id);
    }

    private void compute(long id, String department, String employee, YearMonth month) {
        List<Item> items = items(id);
        for (Item item : items) {
            if (item.metric() == null) {
                continue;
            }
            BigDecimal target = targets.monthlyTarget(department, employee, item.metric(), month.atDay(1));
            Optional<BigDecimal> actual = sources.measure(item.metric(), Set.of(employee), month.atDay(1), month.atEndOfMonth());
            BigDecimal score = null;
            if (target != null && target.signum() > 0 && actual.isPresent()) {
                score = actual.get().multiply(BigDecimal.valueOf(100)).divide(target, 2, RoundingMode.HALF_UP).min(SCORE_CAP);
            }
            jdbc.sql("update mgmt_appraisal_item set target = ?, actual = ?, score = ? where appraisal_id = ? and code = ?")
                    .params(target, actual.orElse(null), score, id, item.code()).update();
        }
        total(id);
    }

    private void total(long id) {
        jdbc.sql("""
                update mgmt_appraisal set total_score = (
                    select round(sum(weight * score) / 100, 2) from mgmt_appraisal_item
                    where appraisal_id = :id having count(*) = count(score))
                where id = :id""").param("id", id).update();
    }

    private void step(long id, State from, State to, String actor, String reason) {
        jdbc.sql("""
                insert into mgmt_appraisal_step (appraisal_id, seq, from_state, to_state, actor, reason, at)
                values (?, (select coalesce(max(seq), 0) + 1 from mgmt_appraisal_step where appraisal_id = ?), ?, ?, ?, ?, ?)""")
                .params(id, id, from == null ? null : from.name(), to.name(), actor, reason, OffsetDateTime.now(clock)).update();
    }

    private Optional<Appraisal> find(long id) {
        return jdbc.sql("select id from mgmt_appraisal where id = ?").param(id).query(Long.class).optional().map(this::load);
    }

    private Appraisal load(long id) {
        List<Item> items = items(id);
        List<Step> steps = jdbc.sql("select from_state, to_state, actor, reason, at from mgmt_appraisal_step where appraisal_id = ? order by seq")
                .param(id).query((rs, n) -> new Step(rs.getString("from_state") == null ? null : State.valueOf(rs.getString("from_state")),
                        State.valueOf(rs.getString("to_state")), rs.getString("actor"), rs.getString("reason"),
                        rs.getObject("at", OffsetDateTime.class))).list();
        return jdbc.sql("select * from mgmt_appraisal where id = ?").param(id)
                .query((rs, n) -> new Appraisal(rs.getLong("id"), rs.getString("department"), rs.getString("employee"),
                        rs.getString("post"), rs.getObject("month", LocalDate.class), State.valueOf(rs.getString("state")),
                        rs.getBigDecimal("total_score"), rs.getInt("version"), items, steps))
                .single();
    }

    private List<Item> items(long id) {
        return jdbc.sql("select * from mgmt_appraisal_item where appraisal_id = ? order by position").param(id)
                .query(Appraisals::item).list();
    }

    private static Item item(ResultSet rs, int n) throws SQLException {
        String metric = rs.getString("metric");
        return new Item(rs.getString("code"), rs.getString("name"), metric == null ? null : Metric.valueOf(metric),
                rs.getInt("weight"), rs.getBigDecimal("target"), rs.getBigDecimal("actual"), rs.getBigDecimal("score"),
                rs.getString("note"));
    }

    private static DomainRefusal unknown(long id) {
        return DomainRefusal.notFound("appraisal-unknown", "No appraisal " + id, id);
    }

    /** Counts by state for a department and month, for the manager's overview. */
    @Transactional(readOnly = true)
    public Map<State, Long> countByState(Department department, YearMonth month) {
        Map<State, Long> counts = new HashMap<>();
        jdbc.sql("select state, count(*) from mgmt_appraisal where department = ? and month = ? group by state")
                .params(department.manager(), month.atDay(1))
                .query(rs -> {
                    counts.put(State.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }
}
