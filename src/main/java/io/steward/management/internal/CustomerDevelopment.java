package io.steward.management.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.management.Department;
import io.steward.platform.DomainRefusal;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer development (account manager duties 1–5): the practitioner's prospects and leads moving NEW → CONTACTED →
 * QUALIFIED → CONVERTED (with the customer number they became) or LOST; market research notes shared with the
 * department; customer feedback recorded and routed to the staff member who must act on it. The manager sees the
 * pipeline as counts per practitioner and stage, not the prospects themselves.
 */
@Service
@Transactional
public class CustomerDevelopment {

    public enum Stage {
        NEW,
        CONTACTED,
        QUALIFIED,
        CONVERTED,
        LOST;

        Set<Stage> next() {
            return switch (this) {
                case NEW -> Set.of(CONTACTED, LOST);
                case CONTACTED -> Set.of(QUALIFIED, LOST);
                case QUALIFIED -> Set.of(CONVERTED, LOST);
                case CONVERTED, LOST -> Set.of();
            };
        }
    }

    public enum FeedbackKind {
        COMPLAINT,
        SUGGESTION,
        PRAISE,
        NEED
    }

    public record NewProspect(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String source,
            @Size(max = 2000) String note) {
    }

    public record StageChange(@NotNull Stage stage,
            @Pattern(regexp = QualityCare.CUSTOMER_NUMBER, message = "{management.validation.customer-number}") String customerNumber,
            @Size(max = 2000) String note) {
    }

    public record Prospect(long id, String owner, String name, String source, Stage stage, String customerNumber,
            String note, LocalDate createdOn, LocalDate changedOn) {
    }

    public record NewNote(@NotBlank @Size(max = 300) String topic, @NotBlank String body) {
    }

    public record ResearchNote(long id, String author, String topic, String body, LocalDate writtenOn) {
    }

    public record NewFeedback(@NotBlank @Pattern(regexp = QualityCare.CUSTOMER_NUMBER, message = "{management.validation.customer-number}") String customerNumber,
            @NotNull FeedbackKind kind, @NotBlank @Size(max = 2000) String text, @NotBlank String routedTo) {
    }

    public record Feedback(long id, String customerNumber, String recordedBy, FeedbackKind kind, String text,
            String routedTo, String resolution, LocalDate receivedOn, LocalDate resolvedOn) {
    }

    private final JdbcClient jdbc;
    private final Departments departments;
    private final OwnBook book;
    private final AuditTrail audit;
    private final Clock clock;

    CustomerDevelopment(JdbcClient jdbc, Departments departments, OwnBook book, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.book = book;
        this.audit = audit;
        this.clock = clock;
    }

    public Prospect addProspect(Department department, String owner, NewProspect request) {
        long id = jdbc.sql("""
                insert into mgmt_prospect (department, owner, name, source, stage, note, created_on, changed_on)
                values (?, ?, ?, ?, 'NEW', ?, ?, ?) returning id""")
                .params(department.manager(), owner, request.name().trim(), request.source().trim(), request.note(), today(), today())
                .query(Long.class).single();
        audit.record(AuditEntry.of("PROSPECT_ADDED", "prospect", id, Map.of("owner", owner)).by(owner));
        return prospect(owner, id);
    }

    public Prospect move(String owner, long id, StageChange change) {
        Prospect prospect = prospect(owner, id);
        if (!prospect.stage().next().contains(change.stage())) {
            throw DomainRefusal.conflict("prospect-stage", "A " + prospect.stage() + " prospect cannot become " + change.stage(),
                    prospect.stage(), change.stage());
        }
        if (change.stage() == Stage.CONVERTED && (change.customerNumber() == null || change.customerNumber().isBlank())) {
            throw DomainRefusal.invalid("prospect-customer-number", "A converted prospect names the customer it became");
        }
        if (change.stage() == Stage.CONVERTED) {
            // the prospect became a customer of the client book, assigned to the practitioner who developed them
            book.require(owner, change.customerNumber().trim(), "development-unknown-customer");
        }
        jdbc.sql("""
                update mgmt_prospect set stage = ?, customer_number = coalesce(?, customer_number),
                    note = coalesce(?, note), changed_on = ? where id = ?""")
                .params(change.stage().name(), blankToNull(change.customerNumber()), blankToNull(change.note()), today(), id)
                .update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", prospect.stage());
        details.put("to", change.stage());
        if (change.customerNumber() != null) {
            details.put("customer", change.customerNumber());
        }
        audit.record(AuditEntry.of("PROSPECT_STAGE_CHANGED", "prospect", id, details).by(owner));
        return prospect(owner, id);
    }

    @Transactional(readOnly = true)
    public List<Prospect> prospectsOf(String owner) {
        return jdbc.sql("select * from mgmt_prospect where owner = ? order by stage, changed_on desc").param(owner)
                .query((rs, n) -> new Prospect(rs.getLong("id"), rs.getString("owner"), rs.getString("name"),
                        rs.getString("source"), Stage.valueOf(rs.getString("stage")), rs.getString("customer_number"),
                        rs.getString("note"), rs.getObject("created_on", LocalDate.class),
                        rs.getObject("changed_on", LocalDate.class))).list();
    }

    /** For the manager: prospects per practitioner and stage. */
    @Transactional(readOnly = true)
    public Map<String, Map<Stage, Long>> pipeline(Department department) {
        Map<String, Map<Stage, Long>> pipeline = new LinkedHashMap<>();
        jdbc.sql("select owner, stage, count(*) from mgmt_prospect where department = ? group by owner, stage order by owner")
                .param(department.manager())
                .query(rs -> {
                    pipeline.computeIfAbsent(rs.getString(1), owner -> new LinkedHashMap<>())
                            .put(Stage.valueOf(rs.getString(2)), rs.getLong(3));
                });
        return pipeline;
    }

    public ResearchNote addNote(Department department, String author, NewNote request) {
        long id = jdbc.sql("insert into mgmt_research_note (department, author, topic, body, written_on) values (?, ?, ?, ?, ?) returning id")
                .params(department.manager(), author, request.topic().trim(), request.body().trim(), today())
                .query(Long.class).single();
        audit.record(AuditEntry.of("RESEARCH_NOTE_WRITTEN", "research-note", id, Map.of("topic", request.topic().trim())).by(author));
        return notes(department).stream().filter(note -> note.id() == id).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<ResearchNote> notes(Department department) {
        return jdbc.sql("select id, author, topic, body, written_on from mgmt_research_note where department = ? order by written_on desc, id desc")
                .param(department.manager()).query((rs, n) -> new ResearchNote(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class))).list();
    }

    /** Feedback of one of the recorder's own customers, routed to the department's manager or one of its staff. */
    public Feedback recordFeedback(Department department, String recordedBy, NewFeedback request) {
        book.require(recordedBy, request.customerNumber(), "development-unknown-customer");
        if (!request.routedTo().equals(department.manager())) {
            departments.requireStaff(department, request.routedTo());
        }
        long id = jdbc.sql("""
                insert into mgmt_feedback (department, customer_number, recorded_by, kind, text, routed_to, received_on)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(department.manager(), request.customerNumber(), recordedBy, request.kind().name(), request.text().trim(),
                        request.routedTo(), today()).query(Long.class).single();
        audit.record(AuditEntry.of("FEEDBACK_RECORDED", "customer", request.customerNumber(), Map.of("feedback", id,
                "kind", request.kind(), "routedTo", request.routedTo())).by(recordedBy));
        return feedback(recordedBy, id);
    }

    public Feedback resolve(String username, long id, String resolution) {
        Feedback feedback = feedback(username, id);
        if (!feedback.routedTo().equals(username)) {
            throw DomainRefusal.forbidden("feedback-not-routed-to-you", "Only the person it is routed to resolves it");
        }
        if (feedback.resolvedOn() != null) {
            throw DomainRefusal.conflict("feedback-resolved", "The feedback is already resolved");
        }
        jdbc.sql("update mgmt_feedback set resolution = ?, resolved_on = ? where id = ?").params(resolution.trim(), today(), id).update();
        audit.record(AuditEntry.of("FEEDBACK_RESOLVED", "customer", feedback.customerNumber(), Map.of("feedback", id)).by(username));
        return feedback(username, id);
    }

    /** The feedback someone recorded or must act on. */
    @Transactional(readOnly = true)
    public List<Feedback> feedbackOf(String username) {
        return jdbc.sql("select * from mgmt_feedback where routed_to = ? or recorded_by = ? order by resolved_on nulls first, received_on desc")
                .params(username, username).query((rs, n) -> feedbackRow(rs)).list();
    }

    private Feedback feedback(String username, long id) {
        return feedbackOf(username).stream().filter(f -> f.id() == id).findFirst()
                .orElseThrow(() -> DomainRefusal.notFound("feedback-unknown", "No feedback " + id, id));
    }

    private static Feedback feedbackRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Feedback(rs.getLong("id"), rs.getString("customer_number"), rs.getString("recorded_by"),
                FeedbackKind.valueOf(rs.getString("kind")), rs.getString("text"), rs.getString("routed_to"),
                rs.getString("resolution"), rs.getObject("received_on", LocalDate.class),
                rs.getObject("resolved_on", LocalDate.class));
    }

    private Prospect prospect(String owner, long id) {
        return prospectsOf(owner).stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(() -> DomainRefusal.notFound("prospect-unknown", "No prospect " + id, id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
