package io.steward.organization;

import java.util.List;

/** A team of a wealth-management business department, led by its DEPARTMENT_MANAGER. */
public record Team(long id, String code, String name, String institutionCode, String leader, List<String> members) {

    public Team {
        members = List.copyOf(members);
    }
}
