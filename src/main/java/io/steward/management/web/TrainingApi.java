package io.steward.management.web;

import io.steward.management.Department;
import io.steward.management.internal.Training.AttendanceList;
import io.steward.management.internal.Training.NewSession;
import io.steward.management.internal.Training.RecordLine;
import io.steward.management.internal.Training.Scheduling;
import io.steward.management.internal.Training.Session;
import io.steward.management.internal.Training;
import io.steward.platform.web.Access;
import io.steward.platform.web.Created;
import io.steward.platform.web.DataScope;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Management")
@RestController
@RequestMapping("/api/v1/management")
class TrainingApi {

    private final Scope scope;
    private final Training training;

    TrainingApi(Scope scope, Training training) {
        this.scope = scope;
        this.training = training;
    }

    @GetMapping("/training")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    List<Session> sessions() {
        return training.of(scope.managed());
    }

    @PostMapping("/training")
    @Created
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    ResponseEntity<Session> create(@Valid @RequestBody NewSession request) {
        return ResponseEntity.created(URI.create("/api/v1/management/training"))
                .body(training.create(scope.managed(), request, scope.actor().username()));
    }

    @PostMapping("/training/{id}/scheduling")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    Session schedule(@PathVariable long id, @Valid @RequestBody Scheduling request) {
        return training.schedule(scope.managed(), id, request, scope.actor().username());
    }

    @PutMapping("/training/{id}/attendance")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    Session attendance(@PathVariable long id, @Valid @RequestBody AttendanceList request) {
        return training.recordAttendance(scope.managed(), id, request.attendance(), scope.actor().username());
    }

    @PostMapping("/training/{id}/cancellation")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    Session cancel(@PathVariable long id) {
        return training.cancel(scope.managed(), id, scope.actor().username());
    }

    @GetMapping("/staff/{username}/training")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    List<RecordLine> recordOf(@PathVariable String username) {
        Department department = scope.managed();
        scope.departments().requireStaff(department, username);
        return training.recordOf(username);
    }

    @GetMapping("/my/training")
    @Access(anyStaff = true, scope = DataScope.OWN_RECORDS)
    List<RecordLine> mine() {
        return training.recordOf(scope.actor().username());
    }
}
