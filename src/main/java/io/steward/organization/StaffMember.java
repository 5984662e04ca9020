package io.steward.organization;

import java.util.Set;

public record StaffMember(long id, String username, String fullName, String institutionCode, Set<Role> roles,
        boolean enabled) {

    public StaffMember {
        roles = Set.copyOf(roles);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }
}
