package io.steward.portfolio;

/** The mismatch scan over every customer, for other modules (the demo bank, operations tools). */
public interface PortfolioScans {

    /** Scans everyone now (or after the scan that is running); the run's id. */
    long requestFull(String requestedBy);

    /** Scans everyone once the current transaction has committed (what it wrote is then visible to the scan). */
    void requestFullAfterCommit(String requestedBy);
}
