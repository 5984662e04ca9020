package io.steward.organization.web;

import io.steward.organization.Certificate;
import io.steward.organization.OrganizationAdministration;
import io.steward.organization.OrganizationAdministration.NewCertificate;
import io.steward.organization.OrganizationAdministration.NewPassword;
import io.steward.organization.OrganizationAdministration.NewStaff;
import io.steward.organization.OrganizationAdministration.Revocation;
import io.steward.organization.Role;
import io.steward.organization.StaffDirectory;
import io.steward.organization.StaffDirectory.StaffFilter;
import io.steward.organization.StaffMember;
import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.Created;
import io.steward.platform.web.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Organization")
@RestController
@RequestMapping("/api/v1/staff")
class StaffApi {

    private final StaffDirectory directory;
    private final OrganizationAdministration administration;
    private final Clock clock;

    StaffApi(StaffDirectory directory, OrganizationAdministration administration, Clock clock) {
        this.directory = directory;
        this.administration = administration;
        this.clock = clock;
    }

    @GetMapping
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    List<StaffMember> list(@RequestParam(required = false) String institution,
            @RequestParam(required = false) Role role, @RequestParam(required = false) String q) {
        return directory.list(new StaffFilter(institution, role, q));
    }

    @GetMapping("/{username}")
    @Access(roles = "ADMIN", self = "username", scope = DataScope.BANK)
    StaffMember one(@PathVariable String username) {
        return existing(username);
    }

    @PostMapping
    @Created
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    ResponseEntity<StaffMember> create(@Valid @RequestBody NewStaff request) {
        StaffMember created = administration.createStaff(request);
        return ResponseEntity.created(URI.create("/api/v1/staff/" + created.username())).body(created);
    }

    record Roles(@NotEmpty Set<@NotNull Role> roles) {
    }

    @PutMapping("/{username}/roles")
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    StaffMember changeRoles(@PathVariable String username, @Valid @RequestBody Roles request) {
        return administration.changeRoles(username, request.roles());
    }

    record Enabled(@NotNull Boolean enabled) {
    }

    @PutMapping("/{username}/enabled")
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    StaffMember setEnabled(@PathVariable String username, @Valid @RequestBody Enabled request) {
        return administration.setEnabled(username, request.enabled());
    }

    @PutMapping("/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    void changePassword(@PathVariable String username, @Valid @RequestBody NewPassword request) {
        administration.changePassword(username, request);
    }

    @Operation(summary = "The practitioners this assistant helps")
    @GetMapping("/{username}/practitioners")
    @Access(roles = "ADMIN", self = "username", scope = DataScope.BANK)
    List<String> practitioners(@PathVariable String username) {
        existing(username);
        return directory.practitionersAssistedBy(username);
    }

    @PutMapping("/{username}/practitioners/{practitioner}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    void assist(@PathVariable String username, @PathVariable String practitioner) {
        administration.assignAssistant(username, practitioner);
    }

    @DeleteMapping("/{username}/practitioners/{practitioner}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    void stopAssisting(@PathVariable String username, @PathVariable String practitioner) {
        administration.unassignAssistant(username, practitioner);
    }

    @GetMapping("/{username}/certificates")
    @Access(roles = "ADMIN", self = "username", scope = DataScope.BANK)
    List<Certificate> certificates(@PathVariable String username) {
        existing(username);
        return directory.certificatesOf(username);
    }

    @PostMapping("/{username}/certificates")
    @Created
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    ResponseEntity<Certificate> addCertificate(@PathVariable String username,
            @Valid @RequestBody NewCertificate request) {
        Certificate added = administration.addCertificate(username, request);
        return ResponseEntity.created(URI.create("/api/v1/staff/" + username + "/certificates/" + added.number()))
                .body(added);
    }

    @PostMapping("/{username}/certificates/{number}/revocation")
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    Certificate revoke(@PathVariable String username, @PathVariable String number,
            @Valid @RequestBody Revocation request) {
        return administration.revokeCertificate(username, number, request);
    }

    record Validity(String username, LocalDate on, boolean valid, Certificate certificate) {
    }

    @Operation(summary = "QUAL-1: does this staff member hold a valid certificate on the given day (default today)?")
    @GetMapping("/{username}/certificates/validity")
    @Access(roles = {"ADMIN", "COMPLIANCE"}, self = "username", scope = DataScope.BANK)
    Validity validity(@PathVariable String username,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        existing(username);
        LocalDate day = on != null ? on : LocalDate.now(clock);
        Certificate certificate = directory.validCertificateOn(username, day).orElse(null);
        return new Validity(username, day, certificate != null, certificate);
    }

    private StaffMember existing(String username) {
        return directory.find(username).orElseThrow(() -> DomainRefusal.notFound("unknown-staff",
                "Unknown staff member " + username, username));
    }
}
