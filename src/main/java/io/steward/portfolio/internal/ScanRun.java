package io.steward.portfolio.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A scan as the progress page shows it: what started it, how far it got, what it found and how long each step took. */
public record ScanRun(long id, String trigger, String productCode, LocalDate scanDay, ScanState state, ScanStep step,
        String node, Instant heartbeatAt, String requestedBy, Instant requestedAt, Instant startedAt, Instant finishedAt,
        Long found, Long opened, Long closed, Long tasksRaised, Long tasksClosed, Long findMillis, Long recordMillis,
        Long tasksMillis, int resumed, String failure) {

    public boolean active() {
        return !state.isFinal();
    }

    public boolean failed() {
        return state == ScanState.FAILED;
    }

    /** Steps done, of the three (find, record, tasks). */
    public int stepsDone() {
        return step.ordinal();
    }
}
