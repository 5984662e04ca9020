package io.steward.portfolio.internal;

import io.steward.platform.DomainRefusal;
import java.time.Instant;

/**
 * An import as its report shows it: counts only, never the content of a line. {@code sameAs}: an earlier applied
 * import of the very same file (by SHA-256), if any.
 */
public record HoldingImport(long id, String fileName, String sha256, ImportState state, int lines, int badLines,
        Integer inserted, Integer updated, Integer unchanged, Integer skipped, String uploadedBy, Instant uploadedAt,
        String decidedBy, Instant decidedAt, String failure, Long sameAs) {

    public int goodLines() {
        return lines - badLines;
    }

    public boolean awaitingDecision() {
        return state.mayMoveTo(ImportState.APPLIED);
    }

    /**
     * The user's decision on a checked import: {@code next} (APPLIED or ABANDONED) if {@link ImportState}'s table
     * allows it from here; refused once the import was decided. Applying a file with bad lines needs them skipped
     * explicitly ({@code validLinesOnly}).
     */
    ImportState decide(ImportState next, boolean validLinesOnly) {
        if (!state.mayMoveTo(next)) {
            throw DomainRefusal.conflict("holdings-import-decided", "This import was already decided", id, state);
        }
        if (next == ImportState.APPLIED && badLines > 0 && !validLinesOnly) {
            throw DomainRefusal.conflict("holdings-import-bad-lines",
                    "The file has bad lines: apply its good lines explicitly or fix the file", id, badLines);
        }
        return next;
    }
}
