package io.steward.management.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.management.Department;
import io.steward.management.TrainingPlanner;
import io.steward.management.TrainingTrigger;
import io.steward.platform.DomainRefusal;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training (Articles 4 and 8, account manager duty 6): sessions with topic, material, attendance and completion;
 * sessions proposed by Steward when a product is activated or a policy version approved; each staff member's record.
 */
@Service
@Transactional
public class Training implements TrainingPlanner {

    public enum Status {
        PROPOSED,
        SCHEDULED,
        HELD,
        CANCELLED
    }

    public record Session(long id, String department, String topic, String materialRef, LocalDate heldOn, Status status,
            String triggerKind, String triggerRef, List<Attendance> attendance) {
    }

    @Schema(name = "TrainingAttendance")
    public record Attendance(@NotBlank String username, boolean attended, boolean completed) {
    }

    public record NewSession(@NotBlank @Size(max = 300) String topic, @Size(max = 300) String materialRef,
            @NotNull LocalDate heldOn) {
    }

    public record Scheduling(@NotNull LocalDate heldOn, @Size(max = 300) String materialRef) {
    }

    public record AttendanceList(@NotEmpty List<@Valid @NotNull Attendance> attendance) {
    }

    public record RecordLine(long session, String topic, LocalDate heldOn, boolean attended, boolean completed) {
    }

    /** Proposed sessions are to be held within this many days of the trigger. */
    static final int PROPOSED_WITHIN_DAYS = 14;

    private final JdbcClient jdbc;
    private final Departments departments;
    private final AuditTrail audit;
    private final Clock clock;

    Training(JdbcClient jdbc, Departments departments, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<Long> proposeFor(TrainingTrigger trigger) {
        List<Long> proposed = new ArrayList<>();
        String topic = switch (trigger.kind()) {
            case PRODUCT_ACTIVATED -> "New product: " + trigger.title();
            case POLICY_VERSION_APPROVED -> "Suitability policy version " + trigger.title();
        };
        for (Department department : departments.all()) {
            Long id = jdbc.sql("""
                    insert into mgmt_training_session (department, topic, material_ref, held_on, status, trigger_kind,
                                                       trigger_ref, created_at)
                    values (?, ?, ?, ?, 'PROPOSED', ?, ?, ?)
                    on conflict (department, trigger_kind, trigger_ref) do nothing returning id""")
                    .params(department.manager(), topic, trigger.reference(), trigger.on().plusDays(PROPOSED_WITHIN_DAYS),
                            trigger.kind().name(), trigger.reference(), OffsetDateTime.now(clock))
                    .query(Long.class).optional().orElse(null);
            if (id != null) {
                proposed.add(id);
                audit.record(AuditEntry.of("TRAINING_PROPOSED", "training", id, Map.of("department", department.manager(),
                        "trigger", trigger.kind(), "reference", trigger.reference())).by("steward"));
            }
        }
        return proposed;
    }

    public Session create(Department department, NewSession request, String actor) {
        long id = jdbc.sql("""
                insert into mgmt_training_session (department, topic, material_ref, held_on, status, created_at)
                values (?, ?, ?, ?, 'SCHEDULED', ?) returning id""")
                .params(department.manager(), request.topic().trim(), request.materialRef(), request.heldOn(),
                        OffsetDateTime.now(clock)).query(Long.class).single();
        audit.record(AuditEntry.of("TRAINING_SCHEDULED", "training", id, Map.of("topic", request.topic().trim(),
                "heldOn", request.heldOn())).by(actor));
        return find(department, id).orElseThrow();
    }

    /** The manager takes up a proposed session: its date and material. */
    public Session schedule(Department department, long id, Scheduling request, String actor) {
        Session session = existing(department, id);
        if (session.status() != Status.PROPOSED && session.status() != Status.SCHEDULED) {
            throw DomainRefusal.conflict("training-state", "The session is " + session.status(), session.status());
        }
        jdbc.sql("update mgmt_training_session set held_on = ?, material_ref = coalesce(?, material_ref), status = 'SCHEDULED' where id = ?")
                .params(request.heldOn(), request.materialRef(), id).update();
        audit.record(AuditEntry.of("TRAINING_SCHEDULED", "training", id, Map.of("heldOn", request.heldOn())).by(actor));
        return existing(department, id);
    }

    /** Who attended and who completed it; the session is then held. */
    public Session recordAttendance(Department department, long id, List<Attendance> attendance, String actor) {
        Session session = existing(department, id);
        if (session.status() == Status.CANCELLED || session.status() == Status.PROPOSED) {
            throw DomainRefusal.conflict("training-state", "The session is " + session.status(), session.status());
        }
        if (session.heldOn().isAfter(LocalDate.now(clock))) {
            throw DomainRefusal.conflict("training-not-yet-held", "The session is on " + session.heldOn(), session.heldOn());
        }
        for (Attendance line : attendance) {
            departments.requireStaff(department, line.username());
            if (line.completed() && !line.attended()) {
                throw DomainRefusal.invalid("training-completed-absent", line.username() + " cannot complete without attending",
                        line.username());
            }
            jdbc.sql("""
                    insert into mgmt_training_attendance (session_id, username, attended, completed) values (?, ?, ?, ?)
                    on conflict (session_id, username) do update set attended = excluded.attended, completed = excluded.completed""")
                    .params(id, line.username(), line.attended(), line.completed()).update();
        }
        jdbc.sql("update mgmt_training_session set status = 'HELD' where id = ?").param(id).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("attended", attendance.stream().filter(Attendance::attended).map(Attendance::username).toList());
        details.put("completed", attendance.stream().filter(Attendance::completed).map(Attendance::username).toList());
        audit.record(AuditEntry.of("TRAINING_ATTENDANCE_RECORDED", "training", id, details).by(actor));
        return existing(department, id);
    }

    public Session cancel(Department department, long id, String actor) {
        Session session = existing(department, id);
        if (session.status() == Status.HELD) {
            throw DomainRefusal.conflict("training-state", "The session is " + session.status(), session.status());
        }
        jdbc.sql("update mgmt_training_session set status = 'CANCELLED' where id = ?").param(id).update();
        audit.record(AuditEntry.of("TRAINING_CANCELLED", "training", id, Map.of()).by(actor));
        return existing(department, id);
    }

    @Transactional(readOnly = true)
    public List<Session> of(Department department) {
        return jdbc.sql("select id from mgmt_training_session where department = ? order by held_on desc nulls first, id desc")
                .param(department.manager()).query(Long.class).list().stream()
                .map(id -> find(department, id).orElseThrow()).toList();
    }

    /** One staff member's training record: every session they were listed for. */
    @Transactional(readOnly = true)
    public List<RecordLine> recordOf(String username) {
        return jdbc.sql("""
                select s.id, s.topic, s.held_on, a.attended, a.completed from mgmt_training_attendance a
                join mgmt_training_session s on s.id = a.session_id where a.username = ? order by s.held_on desc""")
                .param(username).query((rs, n) -> new RecordLine(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getBoolean(4), rs.getBoolean(5))).list();
    }

    @Transactional(readOnly = true)
    public Optional<Session> find(Department department, long id) {
        return jdbc.sql("""
                select id, department, topic, material_ref, held_on, status, trigger_kind, trigger_ref
                from mgmt_training_session where id = ? and department = ?""").params(id, department.manager())
                .query((rs, n) -> new Session(rs.getLong("id"), rs.getString("department"), rs.getString("topic"),
                        rs.getString("material_ref"), rs.getObject("held_on", LocalDate.class),
                        Status.valueOf(rs.getString("status")), rs.getString("trigger_kind"), rs.getString("trigger_ref"),
                        attendance(id)))
                .optional();
    }

    private Session existing(Department department, long id) {
        return find(department, id).orElseThrow(() -> DomainRefusal.notFound("training-unknown", "No training session " + id, id));
    }

    private List<Attendance> attendance(long id) {
        return jdbc.sql("select username, attended, completed from mgmt_training_attendance where session_id = ? order by username")
                .param(id).query((rs, n) -> new Attendance(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3))).list();
    }
}
