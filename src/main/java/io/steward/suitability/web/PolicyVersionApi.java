package io.steward.suitability.web;

import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.Created;
import io.steward.platform.web.DataScope;
import io.steward.suitability.versions.JdbcPolicyVersions;
import io.steward.suitability.versions.PolicyProposal;
import io.steward.suitability.versions.PolicyVersion;
import io.steward.suitability.versions.PolicyVersionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Suitability policy")
@RestController
@RequestMapping("/api/v1")
class PolicyVersionApi {

    private final JdbcPolicyVersions versions;
    private final PolicyVersionService service;
    private final Clock clock;

    PolicyVersionApi(JdbcPolicyVersions versions, PolicyVersionService service, Clock clock) {
        this.versions = versions;
        this.service = service;
        this.clock = clock;
    }

    @Operation(summary = "Every policy version, the latest effective date first, pending proposals among them")
    @GetMapping("/policy-versions")
    @Access(roles = "COMPLIANCE", scope = DataScope.BANK)
    List<PolicyVersion> list() {
        return versions.all();
    }

    @Operation(summary = "The approved version in force on a day (default today)")
    @GetMapping("/policy-versions/in-force")
    @Access(anyStaff = true, scope = DataScope.BANK)
    PolicyVersion inForce(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return versions.versionInForceOn(on != null ? on : LocalDate.now(clock));
    }

    @GetMapping("/policy-versions/{id}")
    @Access(roles = "COMPLIANCE", scope = DataScope.BANK)
    PolicyVersion one(@PathVariable long id) {
        return versions.find(id).orElseThrow(() -> DomainRefusal.notFound("unknown-policy-version",
                "Unknown policy version " + id, id));
    }

    @Operation(summary = "Propose a policy version; a second compliance officer approves it")
    @PostMapping("/policy-versions")
    @Created
    @Access(roles = "COMPLIANCE", scope = DataScope.BANK)
    ResponseEntity<PolicyVersion> propose(@Valid @RequestBody PolicyProposal proposal, Principal officer) {
        PolicyVersion proposed = service.propose(proposal, officer.getName());
        return ResponseEntity.created(URI.create("/api/v1/policy-versions/" + proposed.id())).body(proposed);
    }

    @Operation(summary = "Approve a proposal (four eyes: not its proposer)")
    @PostMapping("/policy-versions/{id}/approval")
    @Access(roles = "COMPLIANCE", scope = DataScope.BANK)
    PolicyVersion approve(@PathVariable long id, Principal officer) {
        return service.approve(id, officer.getName());
    }

    record Rejection(@NotBlank @Size(max = 2000) String reason) {
    }

    @Operation(summary = "Reject a proposal with a reason (four eyes: not its proposer)")
    @PostMapping("/policy-versions/{id}/rejection")
    @Access(roles = "COMPLIANCE", scope = DataScope.BANK)
    PolicyVersion reject(@PathVariable long id, @Valid @RequestBody Rejection rejection, Principal officer) {
        return service.reject(id, officer.getName(), rejection.reason());
    }

    @Operation(summary = "Withdraw one's own pending proposal")
    @PostMapping("/policy-versions/{id}/withdrawal")
    @Access(roles = "COMPLIANCE", scope = DataScope.BANK)
    PolicyVersion withdraw(@PathVariable long id, Principal officer) {
        return service.withdraw(id, officer.getName());
    }

    @Operation(summary = "The policy catalog: every rule id with its text (English and Chinese) and source passage")
    @GetMapping("/policy-rules")
    @Access(anyStaff = true, scope = DataScope.BANK)
    List<PolicyRule> rules() {
        return PolicyRule.catalog(LocaleContextHolder.getLocale());
    }
}
