package io.steward.audit;

import java.util.Map;
import java.util.Objects;

/**
 * One fact for the audit trail: what happened ({@code type}, e.g. {@code STAFF_CREATED}), to what
 * ({@code subjectType}/{@code subjectId}) and the details that an auditor needs to understand it. The actor is
 * the signed-in user unless given (the customer channel and the scheduler name themselves).
 */
public record AuditEntry(String type, String subjectType, String subjectId, Map<String, ?> details, String actor) {

    public AuditEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        details = details == null ? Map.of() : details;
    }

    public static AuditEntry of(String type, String subjectType, Object subjectId, Map<String, ?> details) {
        return new AuditEntry(type, subjectType, String.valueOf(subjectId), details, null);
    }

    public AuditEntry by(String actor) {
        return new AuditEntry(type, subjectType, subjectId, details, actor);
    }
}
