package io.steward.assessment.web;

import io.steward.assessment.AssessmentLookup;
import io.steward.assessment.EffectiveAssessment;
import io.steward.assessment.internal.AssessmentHistory;
import io.steward.assessment.internal.AssessmentHistory.Line;
import io.steward.assessment.internal.AssessmentStart;
import io.steward.assessment.internal.AssessmentStart.StartRequest;
import io.steward.assessment.internal.AssessmentStart.Started;
import io.steward.confirmation.RequestOrigin;
import io.steward.customer.CustomerAccess;
import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.Created;
import io.steward.platform.web.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Risk-tolerance assessments")
@RestController
@RequestMapping("/api/v1/customers/{number}/assessments")
class AssessmentApi {

    private final AssessmentHistory history;
    private final AssessmentStart start;
    private final AssessmentLookup lookup;
    private final CustomerAccess access;
    private final Clock clock;

    AssessmentApi(AssessmentHistory history, AssessmentStart start, AssessmentLookup lookup, CustomerAccess access,
            Clock clock) {
        this.history = history;
        this.start = start;
        this.lookup = lookup;
        this.access = access;
        this.clock = clock;
    }

    @Operation(summary = "The customer's assessments, newest first (the assigned practitioner only; 404 otherwise)")
    @GetMapping
    @Access(anyStaff = true, scope = DataScope.OWN_CUSTOMERS)
    List<Line> list(@PathVariable String number) {
        return history.of(number);
    }

    @Operation(summary = "Start an assessment: the customer answers and confirms it on the customer channel")
    @PostMapping
    @Created
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    ResponseEntity<Started> start(@PathVariable String number, @Valid @RequestBody StartRequest request,
            HttpServletRequest http) {
        Started started = start.start(number, request, RequestOrigin.of(http));
        return ResponseEntity.created(URI.create("/api/v1/customers/" + number + "/assessments/" + started.assessmentId()))
                .body(started);
    }

    record Withdrawal(@NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping("/{id}/withdrawal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    void withdraw(@PathVariable String number, @PathVariable long id, @Valid @RequestBody Withdrawal request) {
        start.withdraw(number, id, request.reason());
    }

    @Operation(summary = "The assessment valid on a day (default today): 404 when there is none or it has expired")
    @GetMapping("/current")
    @Access(anyStaff = true, scope = DataScope.OWN_CUSTOMERS)
    EffectiveAssessment current(@PathVariable String number,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        long customerId = access.open(number, "assessment-current").customerId();
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        return lookup.validOn(customerId, day).orElseThrow(() -> DomainRefusal.notFound("no-valid-assessment",
                "The customer has no valid assessment on " + day, day));
    }
}
