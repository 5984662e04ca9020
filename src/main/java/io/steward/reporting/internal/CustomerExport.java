package io.steward.reporting.internal;

import java.time.Instant;

/** An export of customer-level data: who asked, why, who decided, and whether its one download is still ahead. */
public record CustomerExport(long id, String institutionCode, ExportPurpose purpose, String reason, String requestedBy,
        Instant requestedAt, Status status, String decidedBy, Instant decidedAt, String decisionNote,
        Instant downloadUntil, Instant downloadedAt, Integer rowsExported, String fileSha256) {

    public enum Status {
        REQUESTED, APPROVED, REJECTED, DOWNLOADED
    }

    /** Approved, not yet downloaded, and the download window still open at that instant. */
    public boolean downloadableAt(Instant instant) {
        return status == Status.APPROVED && instant.isBefore(downloadUntil);
    }

    /** Approved but the window closed before anyone downloaded it. */
    public boolean expiredAt(Instant instant) {
        return status == Status.APPROVED && !instant.isBefore(downloadUntil);
    }
}
