package io.steward.management.internal;

import io.steward.access.CurrentActor;
import io.steward.management.Department;
import io.steward.organization.InstitutionTree;
import io.steward.organization.Role;
import io.steward.organization.StaffDirectory;
import io.steward.organization.StaffDirectory.StaffFilter;
import io.steward.organization.StaffMember;
import io.steward.organization.Team;
import io.steward.platform.DomainRefusal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Finds departments and answers who may see which: a DEPARTMENT_MANAGER their own department, a RETAIL_DIRECTOR the
 * departments in their institution subtree (read-only). Anything outside answers 404, like a missing record.
 */
@Service
public class Departments {

    private final StaffDirectory directory;
    private final InstitutionTree tree;

    Departments(StaffDirectory directory, InstitutionTree tree) {
        this.directory = directory;
        this.tree = tree;
    }

    /** Every department: each DEPARTMENT_MANAGER who leads at least one team. */
    public List<Department> all() {
        return directory.list(new StaffFilter(null, Role.DEPARTMENT_MANAGER, null)).stream()
                .map(this::of).flatMap(Optional::stream).toList();
    }

    public Optional<Department> find(String manager) {
        return directory.find(manager).filter(member -> member.holds(Role.DEPARTMENT_MANAGER)).flatMap(this::of);
    }

    /** The department a staff member works in (the first team they are a member of). */
    public Optional<Department> ofStaff(String username) {
        return directory.teams().stream().filter(team -> team.members().contains(username))
                .map(Team::leader).findFirst().flatMap(this::find);
    }

    /** The departments a director sees: those whose institution is in the director's subtree. */
    public List<Department> within(String institutionCode) {
        Set<String> subtree = tree.subtree(institutionCode);
        return all().stream().filter(department -> subtree.contains(department.institutionCode())).toList();
    }

    /** The department the actor manages; refuses anybody who leads none. */
    public Department managedBy(CurrentActor actor) {
        if (!actor.holds(Role.DEPARTMENT_MANAGER)) {
            throw DomainRefusal.notFound("management-no-department", "You lead no department");
        }
        return find(actor.username()).orElseThrow(() -> DomainRefusal.notFound("management-no-department",
                "You lead no department"));
    }

    /**
     * The department the actor may read: their own when they manage one and name none (or name their own), any in
     * their subtree for a RETAIL_DIRECTOR. Anything else is not found.
     */
    public Department readableBy(CurrentActor actor, String manager) {
        if (actor.holds(Role.DEPARTMENT_MANAGER) && (manager == null || manager.isBlank() || manager.equals(actor.username()))) {
            return managedBy(actor);
        }
        if (actor.holds(Role.RETAIL_DIRECTOR) && manager != null) {
            return find(manager).filter(department -> tree.subtree(actor.institutionCode())
                    .contains(department.institutionCode())).orElseThrow(() -> unknown(manager));
        }
        throw unknown(manager);
    }

    /** A staff member of the manager's department, or 404. */
    public void requireStaff(Department department, String username) {
        if (!department.hasStaff(username)) {
            throw DomainRefusal.notFound("management-unknown-staff", "No such staff member in your department", username);
        }
    }

    public Optional<StaffMember> member(String username) {
        return directory.find(username);
    }

    private static DomainRefusal unknown(String manager) {
        return DomainRefusal.notFound("management-unknown-department", "Unknown department " + manager,
                String.valueOf(manager));
    }

    Optional<Department> of(StaffMember manager) {
        List<Team> teams = directory.teamsLedBy(manager.username());
        if (teams.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Department(manager.username(), manager.fullName(), manager.institutionCode(), teams));
    }
}
