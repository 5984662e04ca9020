package io.steward.organization;

import java.util.Set;

/** The levels of the institution tree: HEAD_OFFICE → BRANCH → SUB_BRANCH → OUTLET. */
public enum InstitutionType {
    HEAD_OFFICE,
    BRANCH,
    SUB_BRANCH,
    OUTLET;

    /** The types an institution of this type may hang under; an outlet may report to a branch directly. */
    public Set<InstitutionType> allowedParents() {
        return switch (this) {
            case HEAD_OFFICE -> Set.of();
            case BRANCH -> Set.of(HEAD_OFFICE);
            case SUB_BRANCH -> Set.of(BRANCH);
            case OUTLET -> Set.of(BRANCH, SUB_BRANCH);
        };
    }

    /** "The person in charge above the retail banking department of the branch": branch level or above. */
    public boolean isBranchOrAbove() {
        return this == HEAD_OFFICE || this == BRANCH;
    }
}
