package io.steward.management.web;

import io.steward.management.Department;
import io.steward.management.internal.DailyCloses.DailyClose;
import io.steward.management.internal.DailyCloses;
import io.steward.management.internal.Dashboards.ManagerDashboard;
import io.steward.management.internal.Dashboards;
import io.steward.organization.Role;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Management")
@RestController
@RequestMapping("/api/v1/management")
class DailyCloseApi {

    private final Scope scope;
    private final DailyCloses closes;
    private final Dashboards dashboards;
    private final Clock clock;

    DailyCloseApi(Scope scope, DailyCloses closes, Dashboards dashboards, Clock clock) {
        this.scope = scope;
        this.closes = closes;
        this.dashboards = dashboards;
        this.clock = clock;
    }

    @Operation(summary = "The kept daily close of a day (generated and kept if missing); today's is a preview until the day is closed")
    @GetMapping("/daily-closes/{day}")
    @Access(roles = {"DEPARTMENT_MANAGER", "RETAIL_DIRECTOR"}, scope = DataScope.DEPARTMENT)
    DailyClose day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) String department) {
        Department chosen = scope.readable(department);
        if (day.equals(LocalDate.now(clock))) {
            return closes.latest(chosen, day).orElseGet(() -> closes.preview(chosen));
        }
        return closes.keep(chosen, day, scope.actor().username());
    }

    @Operation(summary = "Every kept revision of a day's daily close, newest first")
    @GetMapping("/daily-closes/{day}/revisions")
    @Access(roles = {"DEPARTMENT_MANAGER", "RETAIL_DIRECTOR"}, scope = DataScope.DEPARTMENT)
    List<DailyClose> revisions(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) String department) {
        return closes.revisions(scope.readable(department), day);
    }

    @Operation(summary = "Generate a new revision of a day's daily close from the data as it is now; earlier revisions stay")
    @PostMapping("/daily-closes/{day}/revisions")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    DailyClose regenerate(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return closes.regenerate(scope.managed(), day, scope.actor().username());
    }

    @Operation(summary = "The manager's dashboard figures: targets against actual, the 30-day trend, team and staff ranking")
    @GetMapping("/dashboard")
    @Access(roles = {"DEPARTMENT_MANAGER", "RETAIL_DIRECTOR"}, scope = DataScope.DEPARTMENT)
    ManagerDashboard dashboard(@RequestParam(required = false) String department) {
        return dashboards.manager(scope.readable(department));
    }

    @Operation(summary = "For a director: the departments in their institution subtree")
    @GetMapping("/departments")
    @Access(roles = {"DEPARTMENT_MANAGER", "RETAIL_DIRECTOR"}, scope = DataScope.DEPARTMENT)
    List<Department> departments() {
        if (scope.actor().holds(Role.RETAIL_DIRECTOR)) {
            return scope.departments().within(scope.actor().institutionCode());
        }
        return List.of(scope.managed());
    }
}
