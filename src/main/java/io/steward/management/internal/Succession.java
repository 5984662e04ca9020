package io.steward.management.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.management.Department;
import io.steward.platform.DomainRefusal;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Succession (Article 11: "do a good job in echelon construction and train successors at all levels"): the
 * department's key positions, who could succeed to each and how ready they are, and the actions that develop them.
 */
@Service
@Transactional
public class Succession {

    public enum Readiness {
        READY_NOW,
        ONE_YEAR,
        TWO_YEARS_PLUS
    }

    public record NewPosition(@NotBlank @Size(max = 200) String title, @NotBlank String holder,
            @NotBlank @Size(max = 1000) String risk) {
    }

    public record NewAction(@NotBlank String username, @NotBlank @Size(max = 1000) String action, @NotNull LocalDate dueOn) {
    }

    @Schema(name = "SuccessionPosition")
    public record Position(long id, String title, String holder, String risk, List<Successor> successors,
            List<Action> actions) {
    }

    public record Successor(String username, Readiness readiness) {
    }

    public record Action(long id, String username, String action, LocalDate dueOn, LocalDate doneOn) {
    }

    private final JdbcClient jdbc;
    private final Departments departments;
    private final AuditTrail audit;
    private final Clock clock;

    Succession(JdbcClient jdbc, Departments departments, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.audit = audit;
        this.clock = clock;
    }

    public Position addPosition(Department department, NewPosition request, String actor) {
        requireOwnPeople(department, request.holder());
        long id = jdbc.sql("insert into mgmt_key_position (department, title, holder, risk) values (?, ?, ?, ?) returning id")
                .params(department.manager(), request.title().trim(), request.holder(), request.risk().trim())
                .query(Long.class).single();
        audit.record(AuditEntry.of("KEY_POSITION_ADDED", "key-position", id, Map.of("title", request.title().trim(),
                "holder", request.holder())).by(actor));
        return position(department, id);
    }

    public Position nameSuccessor(Department department, long position, String username, Readiness readiness, String actor) {
        Position current = position(department, position);
        requireOwnPeople(department, username);
        if (current.holder().equals(username)) {
            throw DomainRefusal.invalid("succession-holder", "The holder does not succeed themselves", username);
        }
        jdbc.sql("""
                insert into mgmt_successor (position_id, username, readiness) values (?, ?, ?)
                on conflict (position_id, username) do update set readiness = excluded.readiness""")
                .params(position, username, readiness.name()).update();
        audit.record(AuditEntry.of("SUCCESSOR_NAMED", "key-position", position, Map.of("successor", username,
                "readiness", readiness)).by(actor));
        return position(department, position);
    }

    public Position addAction(Department department, long position, NewAction request, String actor) {
        position(department, position);
        requireOwnPeople(department, request.username());
        long id = jdbc.sql("insert into mgmt_development_action (position_id, username, action, due_on) values (?, ?, ?, ?) returning id")
                .params(position, request.username(), request.action().trim(), request.dueOn()).query(Long.class).single();
        audit.record(AuditEntry.of("DEVELOPMENT_ACTION_ADDED", "key-position", position, Map.of("action", id,
                "username", request.username(), "dueOn", request.dueOn())).by(actor));
        return position(department, position);
    }

    public Position completeAction(Department department, long position, long action, String actor) {
        position(department, position);
        int done = jdbc.sql("update mgmt_development_action set done_on = ? where id = ? and position_id = ? and done_on is null")
                .params(LocalDate.now(clock), action, position).update();
        if (done == 0) {
            throw DomainRefusal.notFound("succession-unknown-action", "No open action " + action, action);
        }
        audit.record(AuditEntry.of("DEVELOPMENT_ACTION_DONE", "key-position", position, Map.of("action", action)).by(actor));
        return position(department, position);
    }

    @Transactional(readOnly = true)
    public List<Position> of(Department department) {
        return jdbc.sql("select id from mgmt_key_position where department = ? order by id").param(department.manager())
                .query(Long.class).list().stream().map(id -> position(department, id)).toList();
    }

    @Transactional(readOnly = true)
    public Position position(Department department, long id) {
        return jdbc.sql("select id, title, holder, risk from mgmt_key_position where id = ? and department = ?")
                .params(id, department.manager())
                .query((rs, n) -> new Position(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        jdbc.sql("select username, readiness from mgmt_successor where position_id = ? order by readiness, username")
                                .param(id).query((r, m) -> new Successor(r.getString(1), Readiness.valueOf(r.getString(2)))).list(),
                        jdbc.sql("select id, username, action, due_on, done_on from mgmt_development_action where position_id = ? order by due_on, id")
                                .param(id).query((r, m) -> new Action(r.getLong(1), r.getString(2), r.getString(3),
                                        r.getObject(4, LocalDate.class), r.getObject(5, LocalDate.class))).list()))
                .optional().orElseThrow(() -> DomainRefusal.notFound("succession-unknown-position", "No key position " + id, id));
    }

    private void requireOwnPeople(Department department, String username) {
        if (!username.equals(department.manager())) {
            departments.requireStaff(department, username);
        }
    }
}
