package io.steward.portfolio.internal;

/**
 * The steps of a RUNNING scan, in order ({@link ScanSteps} does each): FIND → RECORD → TASKS → DONE. A run resumed by
 * another node repeats the step it had reached.
 */
public enum ScanStep {
    FIND("find_millis"),
    RECORD("record_millis"),
    TASKS("tasks_millis"),
    DONE(null);

    private final String millisColumn;

    ScanStep(String millisColumn) {
        this.millisColumn = millisColumn;
    }

    /** The step after this one; DONE is the last. */
    public ScanStep next() {
        if (this == DONE) {
            throw new IllegalStateException("a scan has no step after DONE");
        }
        return values()[ordinal() + 1];
    }

    /** The column of {@code portfolio_scan_run} that keeps how long this step took. */
    String millisColumn() {
        return millisColumn;
    }
}
