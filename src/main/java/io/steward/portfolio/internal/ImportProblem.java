package io.steward.portfolio.internal;

/** A bad line: its number, the reason (message key {@code portfolio.import.problem.<reason>}) and a short detail. */
public record ImportProblem(int lineNo, String reason, String detail) {

    public String messageKey() {
        return "portfolio.import.problem." + reason;
    }

    public Object[] arguments() {
        return new Object[] {detail == null ? "" : detail};
    }
}
