package io.steward.access;

import io.steward.organization.InstitutionType;
import io.steward.organization.Role;
import java.util.Set;

/**
 * Who is acting, as every module needs to know it: the staff member, their roles and institution, and whether they
 * hold a valid qualification certificate today (QUAL-1).
 */
public record CurrentActor(String username, String fullName, Set<Role> roles, String institutionCode,
        InstitutionType institutionType, boolean certifiedToday) {

    public CurrentActor {
        roles = Set.copyOf(roles);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    /** QUAL-1: a practitioner whose certificate lapsed may only hand out materials and refer customers. */
    public boolean actsAsPractitioner() {
        return holds(Role.PRACTITIONER) && certifiedToday;
    }
}
