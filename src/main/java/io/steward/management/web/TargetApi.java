package io.steward.management.web;

import io.steward.management.internal.Period;
import io.steward.management.internal.TargetCascade;
import io.steward.management.internal.TargetView;
import io.steward.management.internal.Targets;
import io.steward.platform.web.Access;
import io.steward.platform.web.Created;
import io.steward.platform.web.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Management")
@RestController
@RequestMapping("/api/v1/management")
class TargetApi {

    private final Scope scope;
    private final Targets targets;
    private final Clock clock;

    TargetApi(Scope scope, Targets targets, Clock clock) {
        this.scope = scope;
        this.targets = targets;
        this.clock = clock;
    }

    @Operation(summary = "Set a target cascade (department → teams → members) for a metric and period; the parts must add up")
    @PostMapping("/targets")
    @Created
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    ResponseEntity<List<TargetView>> set(@Valid @RequestBody TargetCascade cascade) {
        return ResponseEntity.created(URI.create("/api/v1/management/targets"))
                .body(targets.set(scope.managed(), cascade, scope.actor().username()));
    }

    @Operation(summary = "The department's targets with progress, for a period (default: this month)")
    @GetMapping("/targets")
    @Access(roles = {"DEPARTMENT_MANAGER", "RETAIL_DIRECTOR"}, scope = DataScope.DEPARTMENT)
    List<TargetView> list(@RequestParam(required = false) String department,
            @RequestParam(defaultValue = "MONTH") Period.Kind periodKind, @RequestParam(required = false) String period) {
        Period chosen = period == null ? Period.containing(periodKind, LocalDate.now(clock)) : Period.parse(periodKind, period);
        return targets.progress(scope.readable(department), chosen);
    }

    @Operation(summary = "My own targets in the periods that contain today, with progress")
    @GetMapping("/my/targets")
    @Access(roles = {"PRACTITIONER", "ASSISTANT", "STAFF"}, scope = DataScope.OWN_RECORDS)
    List<TargetView> mine() {
        return targets.ofStaff(scope.own(), scope.actor().username(), LocalDate.now(clock));
    }
}
