package io.steward.portfolio.internal;

import java.time.Instant;

/**
 * An import as its report shows it: counts only, never the content of a line. {@code sameAs}: an earlier applied
 * import of the very same file (by SHA-256), if any.
 */
public record HoldingImport(long id, String fileName, String sha256, String state, int lines, int badLines,
        Integer inserted, Integer updated, Integer unchanged, Integer skipped, String uploadedBy, Instant uploadedAt,
        String decidedBy, Instant decidedAt, String failure, Long sameAs) {

    public int goodLines() {
        return lines - badLines;
    }

    public boolean awaitingDecision() {
        return state.equals("VALIDATED");
    }
}
