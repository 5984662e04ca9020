package io.steward.management.web;

import io.steward.management.internal.CustomerDevelopment.Feedback;
import io.steward.management.internal.CustomerDevelopment.NewFeedback;
import io.steward.management.internal.CustomerDevelopment.NewNote;
import io.steward.management.internal.CustomerDevelopment.NewProspect;
import io.steward.management.internal.CustomerDevelopment.Prospect;
import io.steward.management.internal.CustomerDevelopment.ResearchNote;
import io.steward.management.internal.CustomerDevelopment.Stage;
import io.steward.management.internal.CustomerDevelopment.StageChange;
import io.steward.management.internal.CustomerDevelopment;
import io.steward.platform.web.Access;
import io.steward.platform.web.Created;
import io.steward.platform.web.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Management")
@RestController
@RequestMapping("/api/v1/management")
class DevelopmentApi {

    private final Scope scope;
    private final CustomerDevelopment development;

    DevelopmentApi(Scope scope, CustomerDevelopment development) {
        this.scope = scope;
        this.development = development;
    }

    @GetMapping("/prospects")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_RECORDS)
    List<Prospect> mine() {
        return development.prospectsOf(scope.actor().username());
    }

    @PostMapping("/prospects")
    @Created
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_RECORDS)
    ResponseEntity<Prospect> add(@Valid @RequestBody NewProspect request) {
        return ResponseEntity.created(URI.create("/api/v1/management/prospects"))
                .body(development.addProspect(scope.own(), scope.actor().username(), request));
    }

    @Operation(summary = "Move a prospect: NEW → CONTACTED → QUALIFIED → CONVERTED (with the customer number) or LOST")
    @PostMapping("/prospects/{id}/stage")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_RECORDS)
    Prospect move(@PathVariable long id, @Valid @RequestBody StageChange request) {
        return development.move(scope.actor().username(), id, request);
    }

    @Operation(summary = "The department's pipeline: prospects per practitioner and stage (no prospect named)")
    @GetMapping("/prospects/pipeline")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    Map<String, Map<Stage, Long>> pipeline() {
        return development.pipeline(scope.managed());
    }

    @GetMapping("/research-notes")
    @Access(roles = {"DEPARTMENT_MANAGER", "PRACTITIONER"}, scope = DataScope.DEPARTMENT)
    List<ResearchNote> notes() {
        return development.notes(department());
    }

    @PostMapping("/research-notes")
    @Created
    @Access(roles = {"DEPARTMENT_MANAGER", "PRACTITIONER"}, scope = DataScope.DEPARTMENT)
    ResponseEntity<ResearchNote> write(@Valid @RequestBody NewNote request) {
        return ResponseEntity.created(URI.create("/api/v1/management/research-notes"))
                .body(development.addNote(department(), scope.actor().username(), request));
    }

    @GetMapping("/feedback")
    @Access(roles = {"DEPARTMENT_MANAGER", "PRACTITIONER", "ASSISTANT"}, scope = DataScope.DEPARTMENT)
    List<Feedback> feedback() {
        return development.feedbackOf(scope.actor().username());
    }

    @Operation(summary = "Record a customer's feedback and route it to the staff member who acts on it")
    @PostMapping("/feedback")
    @Created
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    ResponseEntity<Feedback> record(@Valid @RequestBody NewFeedback request) {
        return ResponseEntity.created(URI.create("/api/v1/management/feedback"))
                .body(development.recordFeedback(scope.own(), scope.actor().username(), request));
    }

    @Schema(name = "FeedbackResolution")
    record Resolution(@NotBlank @Size(max = 2000) String resolution) {
    }

    @PostMapping("/feedback/{id}/resolution")
    @Access(roles = {"DEPARTMENT_MANAGER", "PRACTITIONER", "ASSISTANT"}, scope = DataScope.DEPARTMENT)
    Feedback resolve(@PathVariable long id, @Valid @RequestBody Resolution request) {
        return development.resolve(scope.actor().username(), id, request.resolution());
    }

    private io.steward.management.Department department() {
        return scope.actor().holds(io.steward.organization.Role.DEPARTMENT_MANAGER) ? scope.managed() : scope.own();
    }
}
