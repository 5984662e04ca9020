package io.steward.management.web;

import io.steward.management.internal.Plans.NewPlan;
import io.steward.management.internal.Plans.NewReview;
import io.steward.management.internal.Plans.Plan;
import io.steward.management.internal.Plans.PlanRevision;
import io.steward.management.internal.Plans;
import io.steward.platform.web.Access;
import io.steward.platform.web.Created;
import io.steward.platform.web.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Management")
@RestController
@RequestMapping("/api/v1/management/plans")
class PlanApi {

    private final Scope scope;
    private final Plans plans;

    PlanApi(Scope scope, Plans plans) {
        this.scope = scope;
        this.plans = plans;
    }

    @GetMapping
    @Access(roles = {"DEPARTMENT_MANAGER", "RETAIL_DIRECTOR"}, scope = DataScope.DEPARTMENT)
    List<Plan> list(@RequestParam(required = false) String department) {
        return plans.of(scope.readable(department));
    }

    @PostMapping
    @Created
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    ResponseEntity<Plan> create(@Valid @RequestBody NewPlan request) {
        Plan created = plans.create(scope.managed(), request, scope.actor().username());
        return ResponseEntity.created(URI.create("/api/v1/management/plans/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @Access(roles = {"DEPARTMENT_MANAGER", "RETAIL_DIRECTOR"}, scope = DataScope.DEPARTMENT)
    Plan one(@PathVariable long id, @RequestParam(required = false) String department) {
        return plans.plan(scope.readable(department), id);
    }

    @Operation(summary = "Revise a plan: the text it replaces is kept with the reason")
    @PostMapping("/{id}/revisions")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    Plan revise(@PathVariable long id, @Valid @RequestBody PlanRevision request) {
        return plans.revise(scope.managed(), id, request, scope.actor().username());
    }

    @Operation(summary = "Record a review of the plan's completion")
    @PostMapping("/{id}/reviews")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    Plan review(@PathVariable long id, @Valid @RequestBody NewReview request) {
        return plans.review(scope.managed(), id, request, scope.actor().username());
    }
}
