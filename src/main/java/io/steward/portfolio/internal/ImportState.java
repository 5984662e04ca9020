package io.steward.portfolio.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of a holdings import and the moves between them, in one place (as {@code sales.CaseState} does for a
 * sales case):
 *
 * <pre>
 * UPLOADED    the row exists and the file is being staged and checked
 * VALIDATED   every line checked, bad ones reported; waits for a decision unless it was clean
 * APPLIED     the good lines are in the holdings; final
 * ABANDONED   dropped by the user without changing a holding; final
 * FAILED      the file could not be read at all; final
 * </pre>
 */
public enum ImportState {
    UPLOADED,
    VALIDATED,
    APPLIED,
    ABANDONED,
    FAILED;

    private static final Map<ImportState, Set<ImportState>> MOVES = Map.of(
            UPLOADED, EnumSet.of(VALIDATED, FAILED),
            VALIDATED, EnumSet.of(APPLIED, ABANDONED),
            APPLIED, EnumSet.noneOf(ImportState.class),
            ABANDONED, EnumSet.noneOf(ImportState.class),
            FAILED, EnumSet.noneOf(ImportState.class));

    public boolean mayMoveTo(ImportState next) {
        return MOVES.get(this).contains(next);
    }

    public boolean isFinal() {
        return MOVES.get(this).isEmpty();
    }
}
