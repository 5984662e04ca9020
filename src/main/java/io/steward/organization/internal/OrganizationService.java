package io.steward.organization.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.organization.Certificate;
import io.steward.organization.Institution;
import io.steward.organization.InstitutionType;
import io.steward.organization.OrganizationAdministration;
import io.steward.organization.Role;
import io.steward.organization.StaffAccountChanged;
import io.steward.organization.StaffMember;
import io.steward.organization.Team;
import io.steward.platform.DomainRefusal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class OrganizationService implements OrganizationAdministration {

    private final JdbcClient jdbc;
    private final JdbcInstitutionTree institutions;
    private final JdbcStaffDirectory staff;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganizationService(JdbcClient jdbc, JdbcInstitutionTree institutions, JdbcStaffDirectory staff,
            PasswordEncoder passwords, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.institutions = institutions;
        this.staff = staff;
        this.passwords = passwords;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Institution createInstitution(NewInstitution request) {
        if (institutions.find(request.code()).isPresent()) {
            throw DomainRefusal.conflict("duplicate-institution", "Institution " + request.code() + " already exists", request.code());
        }
        Long parentId = null;
        if (request.type() == InstitutionType.HEAD_OFFICE) {
            if (request.parentCode() != null && !request.parentCode().isBlank()) {
                throw DomainRefusal.invalid("head-office-parent", "A head office has no parent");
            }
            if (institutions.all().stream().anyMatch(i -> i.type() == InstitutionType.HEAD_OFFICE)) {
                throw DomainRefusal.conflict("second-head-office", "There is already a head office");
            }
        } else {
            if (request.parentCode() == null || request.parentCode().isBlank()) {
                throw DomainRefusal.invalid("parent-required", "A " + request.type() + " needs a parent institution", request.type());
            }
            Institution parent = institutions.find(request.parentCode()).orElseThrow(() -> DomainRefusal.invalid(
                    "unknown-parent", "Unknown parent institution " + request.parentCode(), request.parentCode()));
            if (!request.type().allowedParents().contains(parent.type())) {
                throw DomainRefusal.invalid("parent-type", "A " + request.type() + " cannot hang under a " + parent.type(),
                        request.type(), parent.type());
            }
            parentId = parent.id();
        }
        jdbc.sql("insert into institution (code, name, type, parent_id, created_at) values (?, ?, ?, ?, ?)")
                .params(request.code(), request.name().trim(), request.type().name(), parentId, now()).update();
        Institution created = institutions.find(request.code()).orElseThrow();
        audit.record(AuditEntry.of("INSTITUTION_CREATED", "institution", created.code(), Map.of(
                "name", created.name(), "type", created.type(), "parent", String.valueOf(created.parentCode()))));
        return created;
    }

    @Override
    public StaffMember createStaff(NewStaff request) {
        if (staff.find(request.username()).isPresent()) {
            throw DomainRefusal.conflict("duplicate-username", "Username " + request.username() + " is taken", request.username());
        }
        long institutionId = institutions.idOf(request.institutionCode()).orElseThrow(() -> DomainRefusal.invalid(
                "unknown-institution", "Unknown institution " + request.institutionCode(), request.institutionCode()));
        long id = jdbc.sql("""
                insert into staff (username, full_name, institution_id, password_hash, enabled, created_at)
                values (?, ?, ?, ?, true, ?) returning id""")
                .params(request.username(), request.fullName().trim(), institutionId,
                        passwords.encode(request.password()), now())
                .query(Long.class).single();
        insertRoles(id, request.roles());
        StaffMember created = staff.find(request.username()).orElseThrow();
        audit.record(AuditEntry.of("STAFF_CREATED", "staff", created.username(), Map.of(
                "fullName", created.fullName(), "institution", created.institutionCode(),
                "roles", new TreeSet<>(created.roles()))));
        return created;
    }

    @Override
    public StaffMember changeRoles(String username, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw DomainRefusal.invalid("roles-required", "A staff member needs at least one role");
        }
        StaffMember before = existing(username);
        jdbc.sql("delete from staff_role where staff_id = ?").param(before.id()).update();
        insertRoles(before.id(), roles);
        StaffMember after = existing(username);
        audit.record(AuditEntry.of("STAFF_ROLES_CHANGED", "staff", username, Map.of(
                "before", new TreeSet<>(before.roles()), "after", new TreeSet<>(after.roles()))));
        events.publishEvent(new StaffAccountChanged(username));
        return after;
    }

    @Override
    public StaffMember setEnabled(String username, boolean enabled) {
        StaffMember member = existing(username);
        jdbc.sql("update staff set enabled = ? where id = ?").params(enabled, member.id()).update();
        audit.record(AuditEntry.of(enabled ? "STAFF_ENABLED" : "STAFF_DISABLED", "staff", username, Map.of()));
        events.publishEvent(new StaffAccountChanged(username));
        return existing(username);
    }

    @Override
    public void changePassword(String username, NewPassword password) {
        StaffMember member = existing(username);
        jdbc.sql("update staff set password_hash = ? where id = ?")
                .params(passwords.encode(password.password()), member.id()).update();
        audit.record(AuditEntry.of("STAFF_PASSWORD_CHANGED", "staff", username, Map.of()));
        events.publishEvent(new StaffAccountChanged(username));
    }

    @Override
    public void assignAssistant(String assistant, String practitioner) {
        StaffMember helper = existing(assistant);
        StaffMember helped = existing(practitioner);
        if (!helper.holds(Role.ASSISTANT)) {
            throw DomainRefusal.invalid("not-an-assistant", assistant + " is not an assistant", assistant);
        }
        if (!helped.holds(Role.PRACTITIONER)) {
            throw DomainRefusal.invalid("not-a-practitioner", practitioner + " is not a practitioner", practitioner);
        }
        int added = jdbc.sql("""
                insert into assistant_assignment (assistant_id, practitioner_id) values (?, ?)
                on conflict do nothing""").params(helper.id(), helped.id()).update();
        if (added > 0) {
            audit.record(AuditEntry.of("ASSISTANT_ASSIGNED", "staff", assistant, Map.of("practitioner", practitioner)));
        }
    }

    @Override
    public void unassignAssistant(String assistant, String practitioner) {
        StaffMember helper = existing(assistant);
        StaffMember helped = existing(practitioner);
        int removed = jdbc.sql("delete from assistant_assignment where assistant_id = ? and practitioner_id = ?")
                .params(helper.id(), helped.id()).update();
        if (removed > 0) {
            audit.record(AuditEntry.of("ASSISTANT_UNASSIGNED", "staff", assistant, Map.of("practitioner", practitioner)));
        }
    }

    @Override
    public Certificate addCertificate(String username, NewCertificate request) {
        StaffMember holder = existing(username);
        if (request.expiresOn().isBefore(request.issuedOn())) {
            throw DomainRefusal.invalid("certificate-dates", "A certificate cannot expire before it is issued");
        }
        boolean taken = jdbc.sql("select count(*) from certificate where number = ?").param(request.number())
                .query(Long.class).single() > 0;
        if (taken) {
            throw DomainRefusal.conflict("duplicate-certificate", "Certificate " + request.number() + " is already registered", request.number());
        }
        jdbc.sql("insert into certificate (staff_id, number, issued_on, expires_on, created_at) values (?, ?, ?, ?, ?)")
                .params(holder.id(), request.number(), request.issuedOn(), request.expiresOn(), now()).update();
        audit.record(AuditEntry.of("CERTIFICATE_ADDED", "staff", username, Map.of(
                "number", request.number(), "issuedOn", request.issuedOn(), "expiresOn", request.expiresOn())));
        return certificate(username, request.number());
    }

    @Override
    public Certificate revokeCertificate(String username, String number, Revocation revocation) {
        Certificate current = certificate(username, number);
        if (current.revoked()) {
            throw DomainRefusal.conflict("certificate-revoked", "Certificate " + number + " is already revoked", number);
        }
        if (revocation.revokedOn().isBefore(current.issuedOn()) || revocation.revokedOn().isAfter(today())) {
            throw DomainRefusal.invalid("revocation-date", "A certificate is revoked between its issue date and today");
        }
        jdbc.sql("update certificate set revoked_on = ?, revoked_reason = ? where number = ?")
                .params(revocation.revokedOn(), revocation.reason().trim(), number).update();
        audit.record(AuditEntry.of("CERTIFICATE_REVOKED", "staff", username, Map.of(
                "number", number, "revokedOn", revocation.revokedOn(), "reason", revocation.reason().trim())));
        return certificate(username, number);
    }

    @Override
    public Team createTeam(NewTeam request) {
        if (staff.team(request.code()).isPresent()) {
            throw DomainRefusal.conflict("duplicate-team", "Team " + request.code() + " already exists", request.code());
        }
        long institutionId = institutions.idOf(request.institutionCode()).orElseThrow(() -> DomainRefusal.invalid(
                "unknown-institution", "Unknown institution " + request.institutionCode(), request.institutionCode()));
        StaffMember leader = staff.find(request.leader()).orElseThrow(() -> DomainRefusal.invalid(
                "unknown-staff", "Unknown staff member " + request.leader(), request.leader()));
        if (!leader.holds(Role.DEPARTMENT_MANAGER)) {
            throw DomainRefusal.invalid("leader-not-manager", "A team is led by a department manager", request.leader());
        }
        jdbc.sql("insert into team (code, name, institution_id, leader_id, created_at) values (?, ?, ?, ?, ?)")
                .params(request.code(), request.name().trim(), institutionId, leader.id(), now()).update();
        audit.record(AuditEntry.of("TEAM_CREATED", "team", request.code(), Map.of(
                "name", request.name().trim(), "institution", request.institutionCode(), "leader", request.leader())));
        return staff.team(request.code()).orElseThrow();
    }

    @Override
    public Team addTeamMember(String teamCode, String username) {
        Team team = existingTeam(teamCode);
        StaffMember member = existing(username);
        int added = jdbc.sql("insert into team_member (team_id, staff_id) values (?, ?) on conflict do nothing")
                .params(team.id(), member.id()).update();
        if (added > 0) {
            audit.record(AuditEntry.of("TEAM_MEMBER_ADDED", "team", teamCode, Map.of("member", username)));
        }
        return existingTeam(teamCode);
    }

    @Override
    public Team removeTeamMember(String teamCode, String username) {
        Team team = existingTeam(teamCode);
        StaffMember member = existing(username);
        int removed = jdbc.sql("delete from team_member where team_id = ? and staff_id = ?")
                .params(team.id(), member.id()).update();
        if (removed > 0) {
            audit.record(AuditEntry.of("TEAM_MEMBER_REMOVED", "team", teamCode, Map.of("member", username)));
        }
        return existingTeam(teamCode);
    }

    private void insertRoles(long staffId, Set<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("insert into staff_role (staff_id, role) values (?, ?)").params(staffId, role.name()).update();
        }
    }

    private StaffMember existing(String username) {
        return staff.find(username).orElseThrow(() -> DomainRefusal.notFound("unknown-staff",
                "Unknown staff member " + username, username));
    }

    private Team existingTeam(String code) {
        return staff.team(code).orElseThrow(() -> DomainRefusal.notFound("unknown-team", "Unknown team " + code, code));
    }

    private Certificate certificate(String username, String number) {
        return staff.certificatesOf(username).stream().filter(c -> c.number().equals(number)).findFirst()
                .orElseThrow(() -> DomainRefusal.notFound("unknown-certificate",
                        "Unknown certificate " + number + " of " + username, number, username));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
