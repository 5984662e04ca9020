package io.steward.management.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.management.CloseSection;
import io.steward.management.DailyCloseSection;
import io.steward.management.Department;
import io.steward.platform.DomainRefusal;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The daily close (Article 7: "at the end of each business day, grasp the business development of the business
 * day"): the report of one department's day, put together from every {@link DailyCloseSection} and kept. A kept
 * report is never overwritten: the end-of-day job writes revision 1 once (two nodes racing write one row), asking for
 * a missing past day generates it, and regenerating on purpose adds a new revision.
 */
@Service
@Transactional
public class DailyCloses {

    public record DailyClose(String department, LocalDate day, int revision, OffsetDateTime generatedAt,
            String generatedBy, List<CloseSection> sections, boolean kept) {

        /** A figure of a section, or null when the report does not have it. */
        public BigDecimal figure(String sectionKey, String labelKey) {
            return sections.stream().filter(section -> section.key().equals(sectionKey))
                    .flatMap(section -> section.figures().stream())
                    .filter(figure -> figure.labelKey().equals(labelKey) && figure.subject() == null)
                    .map(CloseSection.Figure::value).findFirst().orElse(null);
        }
    }

    private static final TypeReference<List<CloseSection>> SECTIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final List<DailyCloseSection> sections;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final Clock clock;

    DailyCloses(JdbcClient jdbc, List<DailyCloseSection> sections, JsonMapper json, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.sections = sections.stream().sorted(Comparator.comparingInt(DailyCloseSection::order)).toList();
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** The kept report of a past day (or today once closed); generated and kept when there is none yet. */
    public DailyClose keep(Department department, LocalDate day, String actor) {
        if (day.isAfter(today())) {
            throw DomainRefusal.invalid("daily-close-future", "A day is closed once it has come", day);
        }
        Optional<DailyClose> kept = latest(department, day);
        if (kept.isPresent()) {
            return kept.get();
        }
        List<CloseSection> content = produce(department, day);
        int inserted = jdbc.sql("""
                insert into mgmt_daily_close (department, business_day, revision, generated_at, generated_by, content)
                values (?, ?, 1, ?, ?, cast(? as jsonb)) on conflict do nothing""")
                .params(department.manager(), day, OffsetDateTime.now(clock), actor, json.writeValueAsString(content))
                .update();
        if (inserted > 0) {
            audit.record(AuditEntry.of("DAILY_CLOSE_GENERATED", "department", department.manager(),
                    Map.of("day", day, "revision", 1)).by(actor));
        }
        return latest(department, day).orElseThrow();
    }

    /** A new revision of a day's report, from the data as it is now; the earlier ones stay. */
    public DailyClose regenerate(Department department, LocalDate day, String actor) {
        if (!day.isBefore(today()) && latest(department, day).isEmpty()) {
            return keep(department, day, actor);
        }
        if (day.isAfter(today())) {
            throw DomainRefusal.invalid("daily-close-future", "A day is closed once it has come", day);
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("daily-close:" + department.manager() + ":" + day)
                .query().singleRow();
        int revision = jdbc.sql("select coalesce(max(revision), 0) + 1 from mgmt_daily_close where department = ? and business_day = ?")
                .params(department.manager(), day).query(Integer.class).single();
        jdbc.sql("""
                insert into mgmt_daily_close (department, business_day, revision, generated_at, generated_by, content)
                values (?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(department.manager(), day, revision, OffsetDateTime.now(clock), actor,
                        json.writeValueAsString(produce(department, day))).update();
        audit.record(AuditEntry.of("DAILY_CLOSE_GENERATED", "department", department.manager(),
                Map.of("day", day, "revision", revision)).by(actor));
        return latest(department, day).orElseThrow();
    }

    /** Today's figures so far, not kept: the day is not over. */
    @Transactional(readOnly = true)
    public DailyClose preview(Department department) {
        return new DailyClose(department.manager(), today(), 0, OffsetDateTime.now(clock), "steward",
                produce(department, today()), false);
    }

    @Transactional(readOnly = true)
    public Optional<DailyClose> latest(Department department, LocalDate day) {
        return jdbc.sql("""
                select department, business_day, revision, generated_at, generated_by, content::text from mgmt_daily_close
                where department = ? and business_day = ? order by revision desc limit 1""")
                .params(department.manager(), day).query((rs, n) -> row(rs)).optional();
    }

    @Transactional(readOnly = true)
    public List<DailyClose> revisions(Department department, LocalDate day) {
        return jdbc.sql("""
                select department, business_day, revision, generated_at, generated_by, content::text from mgmt_daily_close
                where department = ? and business_day = ? order by revision desc""")
                .params(department.manager(), day).query((rs, n) -> row(rs)).list();
    }

    /** The latest revision of every kept day in the range, oldest first. */
    @Transactional(readOnly = true)
    public List<DailyClose> kept(Department department, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select distinct on (business_day) department, business_day, revision, generated_at, generated_by, content::text
                from mgmt_daily_close where department = ? and business_day between ? and ?
                order by business_day, revision desc""")
                .params(department.manager(), from, to).query((rs, n) -> row(rs)).list();
    }

    private List<CloseSection> produce(Department department, LocalDate day) {
        return sections.stream().map(section -> section.produce(department, day)).toList();
    }

    private DailyClose row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new DailyClose(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getInt(3),
                rs.getObject(4, OffsetDateTime.class), rs.getString(5), json.readValue(rs.getString(6), SECTIONS), true);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
