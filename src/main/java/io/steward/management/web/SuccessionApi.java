package io.steward.management.web;

import io.steward.management.internal.Succession.NewAction;
import io.steward.management.internal.Succession.NewPosition;
import io.steward.management.internal.Succession.Position;
import io.steward.management.internal.Succession.Readiness;
import io.steward.management.internal.Succession;
import io.steward.platform.web.Access;
import io.steward.platform.web.Created;
import io.steward.platform.web.DataScope;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
@RequestMapping("/api/v1/management/succession")
class SuccessionApi {

    private final Scope scope;
    private final Succession succession;

    SuccessionApi(Scope scope, Succession succession) {
        this.scope = scope;
        this.succession = succession;
    }

    @GetMapping
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    List<Position> positions() {
        return succession.of(scope.managed());
    }

    @PostMapping
    @Created
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    ResponseEntity<Position> add(@Valid @RequestBody NewPosition request) {
        return ResponseEntity.created(URI.create("/api/v1/management/succession"))
                .body(succession.addPosition(scope.managed(), request, scope.actor().username()));
    }

    record SuccessorReadiness(@NotNull Readiness readiness) {
    }

    @PutMapping("/{id}/successors/{username}")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    Position successor(@PathVariable long id, @PathVariable String username, @Valid @RequestBody SuccessorReadiness request) {
        return succession.nameSuccessor(scope.managed(), id, username, request.readiness(), scope.actor().username());
    }

    @PostMapping("/{id}/actions")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    Position action(@PathVariable long id, @Valid @RequestBody NewAction request) {
        return succession.addAction(scope.managed(), id, request, scope.actor().username());
    }

    @PostMapping("/{id}/actions/{action}/completion")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    Position done(@PathVariable long id, @PathVariable long action) {
        return succession.completeAction(scope.managed(), id, action, scope.actor().username());
    }
}
