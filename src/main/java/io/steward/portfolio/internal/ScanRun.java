package io.steward.portfolio.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A scan as the progress page shows it: what started it, how far it got, what it found and how long each step took. */
public record ScanRun(long id, String trigger, String productCode, LocalDate scanDay, String state, String step,
        String node, Instant heartbeatAt, String requestedBy, Instant requestedAt, Instant startedAt, Instant finishedAt,
        Long found, Long opened, Long closed, Long tasksRaised, Long tasksClosed, Long findMillis, Long recordMillis,
        Long tasksMillis, int resumed, String failure) {

    public boolean active() {
        return state.equals("QUEUED") || state.equals("RUNNING");
    }

    /** Steps done, of the three (find, record, tasks). */
    public int stepsDone() {
        return switch (step) {
            case "FIND" -> 0;
            case "RECORD" -> 1;
            case "TASKS" -> 2;
            default -> 3;
        };
    }
}
