package io.steward.organization;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * Changes to the organization, for ADMIN: every change is validated as a whole, written in one transaction and
 * recorded in the audit trail. The request records carry their Bean Validation constraints, checked at the edge
 * (API and pages); the rules that need the database (unknown parent, duplicate username) are checked here.
 */
public interface OrganizationAdministration {

    Institution createInstitution(NewInstitution institution);

    StaffMember createStaff(NewStaff staff);

    StaffMember changeRoles(String username, Set<Role> roles);

    StaffMember setEnabled(String username, boolean enabled);

    void changePassword(String username, NewPassword password);

    void assignAssistant(String assistant, String practitioner);

    void unassignAssistant(String assistant, String practitioner);

    Certificate addCertificate(String username, NewCertificate certificate);

    Certificate revokeCertificate(String username, String number, Revocation revocation);

    Team createTeam(NewTeam team);

    Team addTeamMember(String teamCode, String username);

    Team removeTeamMember(String teamCode, String username);

    String CODE = "[A-Z0-9][A-Z0-9_-]{1,31}";
    String USERNAME = "[a-z][a-z0-9._-]{2,63}";

    record NewInstitution(
            @NotBlank @Pattern(regexp = CODE, message = "{steward.validation.code}") String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull InstitutionType type,
            String parentCode) {
    }

    record NewStaff(
            @NotBlank @Pattern(regexp = USERNAME, message = "{steward.validation.username}") String username,
            @NotBlank @Size(max = 200) String fullName,
            @NotBlank String institutionCode,
            @NotEmpty Set<@NotNull Role> roles,
            @NotBlank @Size(min = 10, max = 128, message = "{steward.validation.password}") String password) {
    }

    record NewPassword(@NotBlank @Size(min = 10, max = 128, message = "{steward.validation.password}") String password) {
    }

    record NewCertificate(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+", message = "{steward.validation.certificate-number}") String number,
            @NotNull LocalDate issuedOn,
            @NotNull LocalDate expiresOn) {

        @AssertTrue(message = "{steward.validation.certificate-dates}")
        public boolean isExpiryAfterIssue() {
            return issuedOn == null || expiresOn == null || !expiresOn.isBefore(issuedOn);
        }
    }

    record Revocation(@NotNull LocalDate revokedOn, @NotBlank @Size(max = 500) String reason) {
    }

    record NewTeam(
            @NotBlank @Pattern(regexp = CODE, message = "{steward.validation.code}") String code,
            @NotBlank @Size(max = 200) String name,
            @NotBlank String institutionCode,
            @NotBlank String leader) {
    }
}
