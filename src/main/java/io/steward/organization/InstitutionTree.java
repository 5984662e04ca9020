package io.steward.organization;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the institution tree. Scopes of directors, retail heads and managers are subtrees of it. */
public interface InstitutionTree {

    Optional<Institution> find(String code);

    /** Every institution, parents before children. */
    List<Institution> all();

    /** The codes of the institution and everything below it. */
    Set<String> subtree(String code);

    /** The institution and its ancestors up to the head office, nearest first. */
    List<Institution> pathToRoot(String code);

    default boolean isWithin(String code, String ancestorCode) {
        return pathToRoot(code).stream().anyMatch(institution -> institution.code().equals(ancestorCode));
    }
}
