package io.steward.management.web;

import io.steward.management.Department;
import io.steward.management.internal.Appraisal;
import io.steward.management.internal.Appraisals;
import io.steward.management.internal.Indicators.Indicator;
import io.steward.management.internal.Indicators;
import io.steward.organization.Role;
import io.steward.platform.web.Access;
import io.steward.platform.web.Created;
import io.steward.platform.web.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Management")
@RestController
@RequestMapping("/api/v1/management")
class AppraisalApi {

    private final Scope scope;
    private final Indicators indicators;
    private final Appraisals appraisals;

    AppraisalApi(Scope scope, Indicators indicators, Appraisals appraisals) {
        this.scope = scope;
        this.indicators = indicators;
        this.appraisals = appraisals;
    }

    record IndicatorList(@NotEmpty List<@Valid @NotNull Indicator> indicators) {
    }

    @Operation(summary = "Set the appraisal indicators of a post; the weights add up to 100")
    @PutMapping("/indicators/{post}")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    List<Indicator> setIndicators(@PathVariable Role post, @Valid @RequestBody IndicatorList request) {
        return indicators.set(scope.managed(), post, request.indicators(), scope.actor().username());
    }

    @GetMapping("/indicators/{post}")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    List<Indicator> indicators(@PathVariable Role post) {
        return indicators.of(scope.managed().manager(), post);
    }

    record Cycle(@NotNull YearMonth month) {
    }

    @Operation(summary = "Open a month's appraisal cycle: a computed draft for every staff member whose post has indicators")
    @PostMapping("/appraisals")
    @Created
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    ResponseEntity<List<Appraisal>> open(@Valid @RequestBody Cycle cycle) {
        return ResponseEntity.created(URI.create("/api/v1/management/appraisals"))
                .body(appraisals.openCycle(scope.managed(), cycle.month(), scope.actor().username()));
    }

    @GetMapping("/appraisals")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    List<Appraisal> ofMonth(@RequestParam YearMonth month) {
        return appraisals.ofMonth(scope.managed(), month);
    }

    @GetMapping("/appraisals/{id}")
    @Access(anyStaff = true, scope = DataScope.OWN_RECORDS)
    Appraisal one(@PathVariable long id) {
        return appraisals.read(scope.actor(), id);
    }

    @Operation(summary = "An employee's appraisal history (their manager)")
    @GetMapping("/staff/{username}/appraisals")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    List<Appraisal> history(@PathVariable String username) {
        Department department = scope.managed();
        scope.departments().requireStaff(department, username);
        return appraisals.history(username);
    }

    @GetMapping("/my/appraisals")
    @Access(anyStaff = true, scope = DataScope.OWN_RECORDS)
    List<Appraisal> mine() {
        return appraisals.history(scope.actor().username());
    }

    record Score(@NotNull @DecimalMin("0") @DecimalMax("120") BigDecimal score, @Size(max = 500) String note) {
    }

    @PutMapping("/appraisals/{id}/items/{code}")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    Appraisal score(@PathVariable long id, @PathVariable String code, @Valid @RequestBody Score request) {
        return appraisals.score(scope.actor(), id, code, request.score(), request.note());
    }

    @PostMapping("/appraisals/{id}/recomputation")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    Appraisal recompute(@PathVariable long id) {
        return appraisals.recompute(scope.actor(), id);
    }

    @Operation(summary = "The manager verifies the figures")
    @PostMapping("/appraisals/{id}/verification")
    @Access(anyStaff = true, scope = DataScope.OWN_RECORDS)
    Appraisal verify(@PathVariable long id) {
        return appraisals.verify(scope.actor(), id);
    }

    @Operation(summary = "The employee confirms the verified figures")
    @PostMapping("/appraisals/{id}/confirmation")
    @Access(anyStaff = true, scope = DataScope.OWN_RECORDS)
    Appraisal confirm(@PathVariable long id) {
        return appraisals.confirm(scope.actor(), id);
    }

    record Dispute(@NotBlank @Size(max = 1000) String reason) {
    }

    @Operation(summary = "The employee disputes the verified figures, with a reason; the appraisal goes back to the manager")
    @PostMapping("/appraisals/{id}/dispute")
    @Access(anyStaff = true, scope = DataScope.OWN_RECORDS)
    Appraisal dispute(@PathVariable long id, @Valid @RequestBody Dispute request) {
        return appraisals.dispute(scope.actor(), id, request.reason());
    }

    @Operation(summary = "The manager finalises a confirmed appraisal")
    @PostMapping("/appraisals/{id}/finalisation")
    @Access(anyStaff = true, scope = DataScope.OWN_RECORDS)
    Appraisal finalise(@PathVariable long id) {
        return appraisals.finalise(scope.actor(), id);
    }
}
