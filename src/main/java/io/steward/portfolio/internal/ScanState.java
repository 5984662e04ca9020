package io.steward.portfolio.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of a scan run and the moves between them, in one place (as {@code sales.CaseState} does for a sales
 * case). The moves are made by {@link ScanRuns}' guarded statements, so that of several nodes exactly one makes each:
 *
 * <pre>
 * QUEUED      asked for; waits while another run is RUNNING
 * RUNNING     claimed by one node, which beats its heartbeat; another node takes it over (still RUNNING) when the
 *             heartbeat is stale
 * COMPLETED   every step done; final
 * FAILED      a step threw; final (the next night's run starts afresh)
 * </pre>
 */
public enum ScanState {
    QUEUED,
    RUNNING,
    COMPLETED,
    FAILED;

    private static final Map<ScanState, Set<ScanState>> MOVES = Map.of(
            QUEUED, EnumSet.of(RUNNING),
            RUNNING, EnumSet.of(COMPLETED, FAILED),
            COMPLETED, EnumSet.noneOf(ScanState.class),
            FAILED, EnumSet.noneOf(ScanState.class));

    public boolean mayMoveTo(ScanState next) {
        return MOVES.get(this).contains(next);
    }

    public boolean isFinal() {
        return MOVES.get(this).isEmpty();
    }
}
