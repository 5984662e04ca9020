package io.steward.organization;

public record Institution(long id, String code, String name, InstitutionType type, String parentCode) {
}
