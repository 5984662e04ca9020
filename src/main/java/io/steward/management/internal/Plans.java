package io.steward.management.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.management.Department;
import io.steward.management.Metric;
import io.steward.platform.DomainRefusal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business plans (Articles 1 and 6: "formulate the short-term, medium-term and long-term business plan ...
 * regularly count the completion ..., improve and adjust the business plan in time"). A revision keeps the text it
 * replaces and the reason; a review records the completion found on a day.
 */
@Service
@Transactional
public class Plans {

    public enum Horizon {
        SHORT,
        MEDIUM,
        LONG
    }

    public record Measure(@NotNull Metric metric, @NotNull @PositiveOrZero BigDecimal target) {
    }

    public record NewPlan(@NotNull Horizon horizon, @NotBlank @Size(max = 200) String title, @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn, @NotBlank String goals, @NotBlank String strategy, List<@Valid @NotNull Measure> measures) {

        @AssertTrue(message = "{management.validation.plan-dates}")
        public boolean isEndAfterStart() {
            return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
        }
    }

    public record PlanRevision(@NotBlank @Size(max = 200) String title, @NotBlank String goals, @NotBlank String strategy,
            @NotBlank @Size(max = 2000) String reason) {
    }

    public record NewReview(@NotNull LocalDate reviewedOn, @NotNull @Min(0) @Max(100) Integer completion,
            @NotBlank @Size(max = 4000) String findings) {
    }

    public record Plan(long id, Horizon horizon, String title, LocalDate startsOn, LocalDate endsOn, String goals,
            String strategy, int revision, List<Measure> measures, List<MeasureProgress> progress, List<Revision> revisions,
            List<Review> reviews) {

        /** The average completion of the measured measures, capped at 100: what a review starts from. */
        public Integer measuredCompletion() {
            List<BigDecimal> completions = progress.stream().map(MeasureProgress::completion)
                    .filter(java.util.Objects::nonNull).toList();
            if (completions.isEmpty()) {
                return null;
            }
            BigDecimal average = completions.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(completions.size()), 0, RoundingMode.HALF_UP);
            return Math.min(100, average.intValue());
        }
    }

    /**
     * A measure with the department's figure from the plan's first day to today (or its last day, once over), measured
     * from Steward's data; {@code measured = false} when no module measures the metric, {@code actual = null} before the
     * plan starts.
     */
    public record MeasureProgress(Metric metric, BigDecimal target, boolean measured, BigDecimal actual,
            BigDecimal completion) {
    }

    public record Revision(int revision, String title, String goals, String strategy, String reason, String revisedBy,
            OffsetDateTime revisedAt) {
    }

    public record Review(LocalDate reviewedOn, int completion, String findings, String reviewedBy) {
    }

    private final JdbcClient jdbc;
    private final MetricSources sources;
    private final AuditTrail audit;
    private final Clock clock;

    Plans(JdbcClient jdbc, MetricSources sources, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.audit = audit;
        this.clock = clock;
    }

    public Plan create(Department department, NewPlan request, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = jdbc.sql("""
                insert into mgmt_plan (department, horizon, title, starts_on, ends_on, goals, strategy, created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(department.manager(), request.horizon().name(), request.title().trim(), request.startsOn(),
                        request.endsOn(), request.goals().trim(), request.strategy().trim(), actor, now, now)
                .query(Long.class).single();
        for (Measure measure : request.measures() == null ? List.<Measure>of() : request.measures()) {
            jdbc.sql("insert into mgmt_plan_measure (plan_id, metric, target) values (?, ?, ?) on conflict do nothing")
                    .params(id, measure.metric().name(), measure.target()).update();
        }
        audit.record(AuditEntry.of("PLAN_CREATED", "plan", id, Map.of("horizon", request.horizon(),
                "title", request.title().trim())).by(actor));
        return plan(department, id);
    }

    /** The new text replaces the current one; the current one is kept as the revision it was, with the reason. */
    public Plan revise(Department department, long id, PlanRevision request, String actor) {
        Plan current = plan(department, id);
        jdbc.sql("""
                insert into mgmt_plan_revision (plan_id, revision, title, goals, strategy, reason, revised_by, revised_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, current.revision(), current.title(), current.goals(), current.strategy(), request.reason().trim(),
                        actor, OffsetDateTime.now(clock)).update();
        jdbc.sql("update mgmt_plan set title = ?, goals = ?, strategy = ?, revision = revision + 1, updated_at = ? where id = ?")
                .params(request.title().trim(), request.goals().trim(), request.strategy().trim(), OffsetDateTime.now(clock), id)
                .update();
        audit.record(AuditEntry.of("PLAN_REVISED", "plan", id, Map.of("revision", current.revision() + 1,
                "reason", request.reason().trim())).by(actor));
        return plan(department, id);
    }

    public Plan review(Department department, long id, NewReview request, String actor) {
        plan(department, id);
        if (request.reviewedOn().isAfter(LocalDate.now(clock))) {
            throw DomainRefusal.invalid("plan-review-future", "A review is recorded for a day that has come");
        }
        jdbc.sql("""
                insert into mgmt_plan_review (plan_id, reviewed_on, completion, findings, reviewed_by, reviewed_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, request.reviewedOn(), request.completion(), request.findings().trim(), actor, OffsetDateTime.now(clock))
                .update();
        audit.record(AuditEntry.of("PLAN_REVIEWED", "plan", id, Map.of("reviewedOn", request.reviewedOn(),
                "completion", request.completion())).by(actor));
        return plan(department, id);
    }

    @Transactional(readOnly = true)
    public List<Plan> of(Department department) {
        return jdbc.sql("select id from mgmt_plan where department = ? order by horizon desc, starts_on desc")
                .param(department.manager()).query(Long.class).list().stream().map(id -> plan(department, id)).toList();
    }

    @Transactional(readOnly = true)
    public Plan plan(Department department, long id) {
        return jdbc.sql("select * from mgmt_plan where id = ? and department = ?").params(id, department.manager())
                .query((rs, n) -> {
                    LocalDate startsOn = rs.getObject("starts_on", LocalDate.class);
                    LocalDate endsOn = rs.getObject("ends_on", LocalDate.class);
                    List<Measure> measures = jdbc.sql("select metric, target from mgmt_plan_measure where plan_id = ? order by metric")
                            .param(id).query((r, m) -> new Measure(Metric.valueOf(r.getString(1)), r.getBigDecimal(2))).list();
                    return new Plan(rs.getLong("id"), Horizon.valueOf(rs.getString("horizon")), rs.getString("title"),
                            startsOn, endsOn, rs.getString("goals"), rs.getString("strategy"), rs.getInt("revision"), measures,
                            measures.stream().map(measure -> progress(department, measure, startsOn, endsOn)).toList(),
                            jdbc.sql("select * from mgmt_plan_revision where plan_id = ? order by revision desc").param(id)
                                    .query((r, m) -> new Revision(r.getInt("revision"), r.getString("title"), r.getString("goals"),
                                            r.getString("strategy"), r.getString("reason"), r.getString("revised_by"),
                                            r.getObject("revised_at", OffsetDateTime.class))).list(),
                            jdbc.sql("select * from mgmt_plan_review where plan_id = ? order by reviewed_on desc, id desc").param(id)
                                    .query((r, m) -> new Review(r.getObject("reviewed_on", LocalDate.class), r.getInt("completion"),
                                            r.getString("findings"), r.getString("reviewed_by"))).list());
                })
                .optional().orElseThrow(() -> DomainRefusal.notFound("plan-unknown", "No plan " + id, id));
    }

    private MeasureProgress progress(Department department, Measure measure, LocalDate startsOn, LocalDate endsOn) {
        if (!sources.measures(measure.metric())) {
            return new MeasureProgress(measure.metric(), measure.target(), false, null, null);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate to = endsOn.isBefore(today) ? endsOn : today;
        BigDecimal actual = to.isBefore(startsOn) ? null
                : sources.measure(measure.metric(), department.staff(), startsOn, to)
                        .orElse(measure.metric().additive() ? BigDecimal.ZERO : null);
        BigDecimal completion = actual == null || measure.target().signum() <= 0 ? null
                : actual.multiply(BigDecimal.valueOf(100)).divide(measure.target(), 1, RoundingMode.HALF_UP);
        return new MeasureProgress(measure.metric(), measure.target(), true, actual, completion);
    }
}
