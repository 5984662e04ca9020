package io.steward.management.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.management.Department;
import io.steward.management.Metric;
import io.steward.management.internal.TargetCascade.MemberShare;
import io.steward.management.internal.TargetCascade.TeamShare;
import io.steward.management.internal.TargetView.TargetRow;
import io.steward.organization.Team;
import io.steward.platform.DomainRefusal;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targets by objective (Articles 3 and 9): a department's cascade is set as a whole, checked, and replaces the one it
 * had for that metric and period; progress is measured by the {@link MetricSources}.
 */
@Service
@Transactional
public class Targets {

    private static final String SELECT = """
            select id, level, subject, parent_id, period_kind, period_start, period_end, metric, target
            from mgmt_target""";

    private final JdbcClient jdbc;
    private final MetricSources sources;
    private final AuditTrail audit;
    private final Clock clock;

    Targets(JdbcClient jdbc, MetricSources sources, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.audit = audit;
        this.clock = clock;
    }

    public List<TargetView> set(Department department, TargetCascade cascade, String actor) {
        Period period = Period.parse(cascade.periodKind(), cascade.period());
        cascade.checkArithmetic();
        for (TeamShare share : cascade.teams()) {
            Team team = department.team(share.team()).orElseThrow(() -> DomainRefusal.invalid("target-unknown-team",
                    "Team " + share.team() + " is not one of your teams", share.team()));
            for (MemberShare member : share.members()) {
                if (!team.members().contains(member.username()) || member.username().equals(department.manager())) {
                    throw DomainRefusal.invalid("target-not-a-member", member.username() + " is not a member of "
                            + team.code(), member.username(), team.code());
                }
            }
        }
        for (String level : List.of("INDIVIDUAL", "TEAM", "DEPARTMENT")) {
            jdbc.sql("""
                    delete from mgmt_target where department = :department and metric = :metric
                      and period_kind = :kind and period_start = :start and level = :level""")
                    .param("department", department.manager()).param("metric", cascade.metric().name())
                    .param("kind", period.kind().name()).param("start", period.start()).param("level", level).update();
        }
        long root = insert(department, "DEPARTMENT", department.manager(), null, period, cascade.metric(), cascade.target(), actor);
        for (TeamShare share : cascade.teams()) {
            long team = insert(department, "TEAM", share.team(), root, period, cascade.metric(), share.target(), actor);
            for (MemberShare member : share.members()) {
                insert(department, "INDIVIDUAL", member.username(), team, period, cascade.metric(), member.target(), actor);
            }
        }
        audit.record(AuditEntry.of("TARGETS_SET", "department", department.manager(), Map.of(
                "metric", cascade.metric(), "period", period.label(), "target", cascade.target(),
                "teams", cascade.teams().stream().map(t -> Map.of("team", t.team(), "target", t.target(),
                        "members", t.members().stream().map(m -> Map.of("username", m.username(), "target", m.target())).toList()))
                        .toList())).by(actor));
        return progress(department, period);
    }

    /** Every target of the department in periods overlapping the given one, with progress up to today. */
    @Transactional(readOnly = true)
    public List<TargetView> progress(Department department, Period period) {
        return progressAsOf(department, period, today());
    }

    /** Every target of the department in periods overlapping the given one, with progress up to the day. */
    @Transactional(readOnly = true)
    public List<TargetView> progressAsOf(Department department, Period period, LocalDate asOf) {
        return jdbc.sql(SELECT + "\n" + """
                 where department = :department and period_start <= :end and period_end >= :start
                 order by metric, period_kind, period_start, level, subject""")
                .param("department", department.manager()).param("start", period.start()).param("end", period.end())
                .query(Targets::row).list().stream().map(row -> measured(department, row, asOf)).toList();
    }

    /** One staff member's own targets in the periods that contain the day. */
    @Transactional(readOnly = true)
    public List<TargetView> ofStaff(Department department, String username, LocalDate day) {
        return jdbc.sql(SELECT + "\n" + """
                 where department = :department and level = 'INDIVIDUAL' and subject = :username
                   and period_start <= :day and period_end >= :day
                 order by metric, period_kind""")
                .param("department", department.manager()).param("username", username).param("day", day)
                .query(Targets::row).list().stream().map(row -> measured(department, row, today())).toList();
    }

    /** The individual monthly target of one staff member for a metric, if set. */
    @Transactional(readOnly = true)
    public BigDecimal monthlyTarget(String department, String username, Metric metric, LocalDate monthStart) {
        return jdbc.sql("""
                select target from mgmt_target where department = ? and level = 'INDIVIDUAL' and subject = ?
                  and metric = ? and period_kind = 'MONTH' and period_start = ?""")
                .params(department, username, metric.name(), monthStart).query(BigDecimal.class).optional().orElse(null);
    }

    private TargetView measured(Department department, TargetRow row, LocalDate asOf) {
        Set<String> staff = switch (row.level()) {
            case "DEPARTMENT" -> department.staff();
            case "TEAM" -> department.team(row.subject()).map(team -> Set.copyOf(team.members().stream()
                    .filter(member -> !member.equals(department.manager())).toList())).orElse(Set.of());
            default -> Set.of(row.subject());
        };
        LocalDate to = row.periodEnd().isAfter(asOf) ? asOf : row.periodEnd();
        if (!sources.measures(row.metric())) {
            return TargetView.of(row, false, null);
        }
        BigDecimal actual = to.isBefore(row.periodStart()) ? null
                : sources.measure(row.metric(), staff, row.periodStart(), to).orElse(null);
        return TargetView.of(row, true, actual);
    }

    private long insert(Department department, String level, String subject, Long parent, Period period, Metric metric,
            BigDecimal target, String actor) {
        return jdbc.sql("""
                insert into mgmt_target (department, level, subject, parent_id, period_kind, period_start, period_end,
                                         metric, target, set_by, set_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(department.manager(), level, subject, parent, period.kind().name(), period.start(), period.end(),
                        metric.name(), target, actor, OffsetDateTime.now(clock))
                .query(Long.class).single();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static TargetRow row(ResultSet rs, int n) throws SQLException {
        long parent = rs.getLong("parent_id");
        return new TargetRow(rs.getLong("id"), rs.getString("level"), rs.getString("subject"),
                rs.wasNull() ? null : parent, Period.Kind.valueOf(rs.getString("period_kind")),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                Metric.valueOf(rs.getString("metric")), rs.getBigDecimal("target"));
    }
}
