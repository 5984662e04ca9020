package io.steward.management.web;

import io.steward.management.internal.QualityCare.CareCustomer;
import io.steward.management.internal.QualityCare.Frequency;
import io.steward.management.internal.QualityCare.NewContact;
import io.steward.management.internal.QualityCare.NewSurvey;
import io.steward.management.internal.QualityCare.OverdueContact;
import io.steward.management.internal.QualityCare.PractitionerCare;
import io.steward.management.internal.QualityCare;
import io.steward.platform.web.Access;
import io.steward.platform.web.Created;
import io.steward.platform.web.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Management")
@RestController
@RequestMapping("/api/v1/management/care")
class CareApi {

    private final Scope scope;
    private final QualityCare care;
    private final Clock clock;

    CareApi(Scope scope, QualityCare care, Clock clock) {
        this.scope = scope;
        this.care = care;
        this.clock = clock;
    }

    record EveryDays(@NotNull @Min(1) @Max(366) Integer everyDays) {
    }

    @Operation(summary = "How often customers of a tier are to be contacted")
    @PutMapping("/frequencies/{tier}")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    List<Frequency> frequency(@PathVariable String tier, @Valid @RequestBody EveryDays request) {
        Frequency frequency = new Frequency(tier, request.everyDays());
        if (!tier.matches(QualityCare.TIER)) {
            throw io.steward.platform.DomainRefusal.invalid("care-tier", "Not a tier code: " + tier, tier);
        }
        care.setFrequency(scope.managed(), frequency, scope.actor().username());
        return care.frequencies(scope.managed());
    }

    @GetMapping("/frequencies")
    @Access(roles = {"DEPARTMENT_MANAGER", "PRACTITIONER"}, scope = DataScope.DEPARTMENT)
    List<Frequency> frequencies() {
        return care.frequencies(scope.actor().holds(io.steward.organization.Role.DEPARTMENT_MANAGER) ? scope.managed() : scope.own());
    }

    @Operation(summary = "Take a quality customer into my care, with the customer's tier")
    @PostMapping("/customers")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    void register(@Valid @RequestBody CareCustomer request) {
        care.register(scope.own(), scope.actor().username(), request);
    }

    @GetMapping("/customers")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    List<QualityCare.CareLine> customers() {
        return care.careBook(scope.actor().username());
    }

    @Operation(summary = "My customers whose AUM reaches the quality threshold and who are not in my care yet")
    @GetMapping("/candidates")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    List<QualityCare.Candidate> candidates() {
        return care.candidates(scope.actor().username(), LocalDate.now(clock));
    }

    @PostMapping("/contacts")
    @Created
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    ResponseEntity<Map<String, Long>> contact(@Valid @RequestBody NewContact request) {
        return ResponseEntity.created(URI.create("/api/v1/management/care/customers"))
                .body(Map.of("id", care.logContact(scope.actor().username(), request, null)));
    }

    @PostMapping("/surveys")
    @Created
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    ResponseEntity<Map<String, Long>> survey(@Valid @RequestBody NewSurvey request) {
        return ResponseEntity.created(URI.create("/api/v1/management/care/customers"))
                .body(Map.of("id", care.recordSurvey(scope.actor().username(), request)));
    }

    @Operation(summary = "My customers whose next contact is overdue")
    @GetMapping("/overdue")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    List<OverdueContact> overdue() {
        return care.overdue(scope.actor().username(), LocalDate.now(clock));
    }

    @Operation(summary = "Per practitioner: quality customers and overdue contacts (counts only)")
    @GetMapping("/overview")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    List<PractitionerCare> overview() {
        return care.overview(scope.managed(), LocalDate.now(clock));
    }
}
