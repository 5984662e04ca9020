package io.steward.management.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.management.Department;
import io.steward.platform.DomainRefusal;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regular meetings (Article 10: "a regular meeting for all employees once a week" and "a regular meeting of team
 * managers ... every day"; Article 8 says what they are for). Each department has the two recurring schedules; a
 * meeting held is recorded with its agenda, minutes, attendance, decisions and follow-ups.
 */
@Service
@Transactional
public class Meetings {

    public enum Kind {
        /** The weekly meeting of all the department's staff, on a set weekday. */
        ALL_STAFF_WEEKLY,
        /** The daily meeting of the team managers, on every business day. */
        TEAM_MANAGERS_DAILY
    }

    public record Schedule(long id, Kind kind, DayOfWeek weekday, LocalTime at, LocalDate startsOn) {
    }

    public record NewSchedule(@NotNull Kind kind, DayOfWeek weekday, @NotNull LocalTime at, @NotNull LocalDate startsOn) {
    }

    @Schema(name = "MeetingAttendance")
    public record Attendance(@NotBlank String username, boolean present) {
    }

    public record FollowUp(@NotBlank @Size(max = 1000) String text, @NotBlank String owner, @NotNull LocalDate dueOn) {
    }

    public record NewMeeting(@NotNull Kind kind, @NotNull LocalDate heldOn, @NotBlank String agenda,
            @NotBlank String minutes, @NotEmpty List<@Valid @NotNull Attendance> attendance,
            List<@NotBlank @Size(max = 1000) String> decisions, List<@Valid @NotNull FollowUp> followUps) {
    }

    public record Meeting(long id, Kind kind, LocalDate heldOn, String agenda, String minutes, String chairedBy,
            List<Attendance> attendance, List<String> decisions, List<OpenFollowUp> followUps) {
    }

    public record OpenFollowUp(long id, String text, String owner, LocalDate dueOn, LocalDate doneOn) {
    }

    public record TeamLead(String team, String username) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Meetings(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public Schedule schedule(Department department, NewSchedule request, String actor) {
        if (request.kind() == Kind.ALL_STAFF_WEEKLY && request.weekday() == null) {
            throw DomainRefusal.invalid("meeting-weekday", "A weekly meeting needs its weekday");
        }
        if (request.weekday() == DayOfWeek.SATURDAY || request.weekday() == DayOfWeek.SUNDAY) {
            throw DomainRefusal.invalid("meeting-weekday", "A weekly meeting is held on a business day");
        }
        DayOfWeek weekday = request.kind() == Kind.ALL_STAFF_WEEKLY ? request.weekday() : null;
        jdbc.sql("""
                insert into mgmt_meeting_schedule (department, kind, weekday, at_time, starts_on) values (?, ?, ?, ?, ?)
                on conflict (department, kind) do update set weekday = excluded.weekday, at_time = excluded.at_time,
                    starts_on = excluded.starts_on""")
                .params(department.manager(), request.kind().name(), weekday == null ? null : weekday.name(),
                        request.at(), request.startsOn()).update();
        audit.record(AuditEntry.of("MEETING_SCHEDULED", "department", department.manager(), Map.of("kind", request.kind(),
                "weekday", String.valueOf(weekday), "at", request.at().toString(), "startsOn", request.startsOn())).by(actor));
        return schedules(department).stream().filter(s -> s.kind() == request.kind()).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Schedule> schedules(Department department) {
        return jdbc.sql("select id, kind, weekday, at_time, starts_on from mgmt_meeting_schedule where department = ? order by kind")
                .param(department.manager())
                .query((rs, n) -> new Schedule(rs.getLong("id"), Kind.valueOf(rs.getString("kind")),
                        rs.getString("weekday") == null ? null : DayOfWeek.valueOf(rs.getString("weekday")),
                        rs.getObject("at_time", LocalTime.class), rs.getObject("starts_on", LocalDate.class)))
                .list();
    }

    /** The team manager of one of the department's teams: with the other team managers, the daily meeting. */
    public void appointTeamLead(Department department, String team, String username, String actor) {
        if (department.team(team).isEmpty()) {
            throw DomainRefusal.notFound("management-unknown-team", "No team " + team + " in your department", team);
        }
        if (!department.team(team).get().members().contains(username)) {
            throw DomainRefusal.invalid("target-not-a-member", username + " is not a member of " + team, username, team);
        }
        jdbc.sql("""
                insert into mgmt_team_lead (department, team_code, username) values (?, ?, ?)
                on conflict (department, team_code) do update set username = excluded.username""")
                .params(department.manager(), team, username).update();
        audit.record(AuditEntry.of("TEAM_LEAD_APPOINTED", "team", team, Map.of("teamLead", username)).by(actor));
    }

    @Transactional(readOnly = true)
    public List<TeamLead> teamLeads(Department department) {
        return jdbc.sql("select team_code, username from mgmt_team_lead where department = ? order by team_code")
                .param(department.manager()).query((rs, n) -> new TeamLead(rs.getString(1), rs.getString(2))).list();
    }

    public Meeting record(Department department, NewMeeting request, String actor) {
        Schedule schedule = schedules(department).stream().filter(s -> s.kind() == request.kind()).findFirst()
                .orElseThrow(() -> DomainRefusal.invalid("meeting-unscheduled", "Schedule the " + request.kind()
                        + " meeting first", request.kind()));
        if (request.heldOn().isAfter(LocalDate.now(clock))) {
            throw DomainRefusal.invalid("meeting-future", "A meeting is recorded once it was held");
        }
        Set<String> invited = invited(department, request.kind());
        for (Attendance attendance : request.attendance()) {
            if (!invited.contains(attendance.username())) {
                throw DomainRefusal.invalid("meeting-not-invited", attendance.username() + " is not invited to this meeting",
                        attendance.username());
            }
        }
        long id = jdbc.sql("""
                insert into mgmt_meeting (schedule_id, held_on, agenda, minutes, chaired_by, recorded_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(schedule.id(), request.heldOn(), request.agenda().trim(), request.minutes().trim(), actor,
                        OffsetDateTime.now(clock)).query(Long.class).single();
        for (Attendance attendance : request.attendance()) {
            jdbc.sql("insert into mgmt_meeting_attendance (meeting_id, username, present) values (?, ?, ?) on conflict do nothing")
                    .params(id, attendance.username(), attendance.present()).update();
        }
        List<String> decisions = request.decisions() == null ? List.of() : request.decisions();
        for (int i = 0; i < decisions.size(); i++) {
            jdbc.sql("insert into mgmt_meeting_decision (meeting_id, seq, text) values (?, ?, ?)")
                    .params(id, i + 1, decisions.get(i).trim()).update();
        }
        for (FollowUp followUp : request.followUps() == null ? List.<FollowUp>of() : request.followUps()) {
            if (!invited.contains(followUp.owner())) {
                throw DomainRefusal.invalid("meeting-not-invited", followUp.owner() + " is not in this department",
                        followUp.owner());
            }
            jdbc.sql("insert into mgmt_follow_up (meeting_id, text, owner, due_on) values (?, ?, ?, ?)")
                    .params(id, followUp.text().trim(), followUp.owner(), followUp.dueOn()).update();
        }
        audit.record(AuditEntry.of("MEETING_RECORDED", "meeting", id, Map.of("department", department.manager(),
                "kind", request.kind(), "heldOn", request.heldOn(), "decisions", decisions.size())).by(actor));
        return find(department, id).orElseThrow();
    }

    public void completeFollowUp(String username, long id) {
        int done = jdbc.sql("update mgmt_follow_up set done_on = ? where id = ? and owner = ? and done_on is null")
                .params(LocalDate.now(clock), id, username).update();
        if (done == 0) {
            throw DomainRefusal.notFound("meeting-unknown-follow-up", "No open follow-up " + id + " of yours", id);
        }
        audit.record(AuditEntry.of("FOLLOW_UP_DONE", "follow-up", id, Map.of()).by(username));
    }

    @Transactional(readOnly = true)
    public List<OpenFollowUp> openFollowUpsOf(String owner) {
        return jdbc.sql("select id, text, owner, due_on, done_on from mgmt_follow_up where owner = ? and done_on is null order by due_on")
                .param(owner).query((rs, n) -> new OpenFollowUp(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class))).list();
    }

    @Transactional(readOnly = true)
    public List<Meeting> between(Department department, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select m.id from mgmt_meeting m join mgmt_meeting_schedule s on s.id = m.schedule_id
                where s.department = ? and m.held_on between ? and ? order by m.held_on desc, m.id desc""")
                .params(department.manager(), from, to).query(Long.class).list().stream()
                .map(id -> find(department, id).orElseThrow()).toList();
    }

    /** The days on which a meeting of this kind was held. */
    @Transactional(readOnly = true)
    public Set<LocalDate> heldDays(Department department, Kind kind, LocalDate from, LocalDate to) {
        return new TreeSet<>(jdbc.sql("""
                select distinct m.held_on from mgmt_meeting m join mgmt_meeting_schedule s on s.id = m.schedule_id
                where s.department = ? and s.kind = ? and m.held_on between ? and ?""")
                .params(department.manager(), kind.name(), from, to).query(LocalDate.class).list());
    }

    @Transactional(readOnly = true)
    public Optional<Meeting> find(Department department, long id) {
        return jdbc.sql("""
                select m.id, s.kind, m.held_on, m.agenda, m.minutes, m.chaired_by
                from mgmt_meeting m join mgmt_meeting_schedule s on s.id = m.schedule_id
                where m.id = ? and s.department = ?""").params(id, department.manager())
                .query((rs, n) -> new Meeting(rs.getLong("id"), Kind.valueOf(rs.getString("kind")),
                        rs.getObject("held_on", LocalDate.class), rs.getString("agenda"), rs.getString("minutes"),
                        rs.getString("chaired_by"), attendance(id), decisions(id), followUps(id)))
                .optional();
    }

    /** Who is expected: everyone of the department at the weekly meeting; the manager and team managers daily. */
    public Set<String> invited(Department department, Kind kind) {
        Set<String> invited = new TreeSet<>();
        invited.add(department.manager());
        if (kind == Kind.ALL_STAFF_WEEKLY) {
            invited.addAll(department.staff());
        } else {
            teamLeads(department).forEach(lead -> invited.add(lead.username()));
        }
        return invited;
    }

    private List<Attendance> attendance(long id) {
        return jdbc.sql("select username, present from mgmt_meeting_attendance where meeting_id = ? order by username")
                .param(id).query((rs, n) -> new Attendance(rs.getString(1), rs.getBoolean(2))).list();
    }

    private List<String> decisions(long id) {
        return jdbc.sql("select text from mgmt_meeting_decision where meeting_id = ? order by seq").param(id)
                .query(String.class).list();
    }

    private List<OpenFollowUp> followUps(long id) {
        return new ArrayList<>(jdbc.sql("select id, text, owner, due_on, done_on from mgmt_follow_up where meeting_id = ? order by id")
                .param(id).query((rs, n) -> new OpenFollowUp(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class))).list());
    }
}
