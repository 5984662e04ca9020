package io.steward.management;

import io.steward.organization.Team;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A wealth-management business department as Steward models it: its DEPARTMENT_MANAGER, the manager's institution
 * and the teams the manager leads. The department's staff are the members of those teams; a department is known by
 * its manager's username, which is what the management tables store.
 */
public record Department(String manager, String managerName, String institutionCode, List<Team> teams) {

    public Department {
        teams = List.copyOf(teams);
    }

    /** Every member of every team of the department, the manager not included. */
    public Set<String> staff() {
        Set<String> staff = new TreeSet<>();
        teams.forEach(team -> staff.addAll(team.members()));
        staff.remove(manager);
        return staff;
    }

    public boolean hasStaff(String username) {
        return staff().contains(username);
    }

    public Optional<Team> team(String code) {
        return teams.stream().filter(team -> team.code().equals(code)).findFirst();
    }
}
