package io.steward.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads staff, their roles, assistants, teams and qualification certificates. */
public interface StaffDirectory {

    Optional<StaffMember> find(String username);

    List<StaffMember> list(StaffFilter filter);

    List<Certificate> certificatesOf(String username);

    /** Every certificate, soonest expiry first: the admin's overview of who may practise. */
    List<Certificate> certificates();

    /** QUAL-1: the certificate that makes this person a practitioner on that day, if any. */
    Optional<Certificate> validCertificateOn(String username, LocalDate day);

    default boolean holdsValidCertificate(String username, LocalDate day) {
        return validCertificateOn(username, day).isPresent();
    }

    /** The practitioners an assistant helps (DESIGN §6: the assistant sees only their customers' low-sensitivity view). */
    List<String> practitionersAssistedBy(String assistant);

    List<String> assistantsOf(String practitioner);

    List<Team> teams();

    List<Team> teamsLedBy(String leader);

    /** For the access module: what signing in needs. */
    Optional<StaffCredentials> credentialsOf(String username);

    record StaffFilter(String institutionCode, Role role, String text) {
        public static StaffFilter everyone() {
            return new StaffFilter(null, null, null);
        }
    }

    record StaffCredentials(String username, String passwordHash, boolean enabled, java.util.Set<Role> roles) {
    }
}
