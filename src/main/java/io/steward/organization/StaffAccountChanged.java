package io.steward.organization;

/** A staff account's roles, password or enabled flag changed: whoever caches sign-ins must forget it. */
public record StaffAccountChanged(String username) {
}
