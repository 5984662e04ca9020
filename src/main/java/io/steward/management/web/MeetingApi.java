package io.steward.management.web;

import io.steward.management.internal.CadenceReport;
import io.steward.management.internal.Meetings.Meeting;
import io.steward.management.internal.Meetings.NewMeeting;
import io.steward.management.internal.Meetings.NewSchedule;
import io.steward.management.internal.Meetings.OpenFollowUp;
import io.steward.management.internal.Meetings.Schedule;
import io.steward.management.internal.Meetings.TeamLead;
import io.steward.management.internal.Meetings;
import io.steward.platform.web.Access;
import io.steward.platform.web.Created;
import io.steward.platform.web.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Management")
@RestController
@RequestMapping("/api/v1/management")
class MeetingApi {

    private final Scope scope;
    private final Meetings meetings;
    private final CadenceReport cadence;

    MeetingApi(Scope scope, Meetings meetings, CadenceReport cadence) {
        this.scope = scope;
        this.meetings = meetings;
        this.cadence = cadence;
    }

    @Operation(summary = "Set the recurring schedule of the weekly all-staff or the daily team-manager meeting")
    @PutMapping("/meetings/schedules")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    Schedule schedule(@Valid @RequestBody NewSchedule request) {
        return meetings.schedule(scope.managed(), request, scope.actor().username());
    }

    @GetMapping("/meetings/schedules")
    @Access(roles = {"DEPARTMENT_MANAGER", "RETAIL_DIRECTOR"}, scope = DataScope.DEPARTMENT)
    List<Schedule> schedules(@RequestParam(required = false) String department) {
        return meetings.schedules(scope.readable(department));
    }

    record Lead(@NotBlank String username) {
    }

    @Operation(summary = "Appoint the team manager of a team: the team managers meet daily")
    @PutMapping("/teams/{team}/lead")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    List<TeamLead> appoint(@PathVariable String team, @Valid @RequestBody Lead request) {
        meetings.appointTeamLead(scope.managed(), team, request.username(), scope.actor().username());
        return meetings.teamLeads(scope.managed());
    }

    @PostMapping("/meetings")
    @Created
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    ResponseEntity<Meeting> record(@Valid @RequestBody NewMeeting request) {
        return ResponseEntity.created(URI.create("/api/v1/management/meetings"))
                .body(meetings.record(scope.managed(), request, scope.actor().username()));
    }

    @GetMapping("/meetings")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    List<Meeting> between(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return meetings.between(scope.managed(), from, to);
    }

    @Operation(summary = "The cadence report: every week without the all-staff meeting and every business day without the team-manager meeting")
    @GetMapping("/meetings/cadence")
    @Access(roles = {"DEPARTMENT_MANAGER", "RETAIL_DIRECTOR"}, scope = DataScope.DEPARTMENT)
    CadenceReport.Report cadence(@RequestParam(required = false) String department,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return cadence.of(scope.readable(department), from, to);
    }

    @GetMapping("/my/follow-ups")
    @Access(anyStaff = true, scope = DataScope.OWN_RECORDS)
    List<OpenFollowUp> myFollowUps() {
        return meetings.openFollowUpsOf(scope.actor().username());
    }

    @PostMapping("/follow-ups/{id}/completion")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Access(anyStaff = true, scope = DataScope.OWN_RECORDS)
    void complete(@PathVariable long id) {
        meetings.completeFollowUp(scope.actor().username(), id);
    }
}
