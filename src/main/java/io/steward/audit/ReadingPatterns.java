package io.steward.audit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * How much each staff member read of customer records, from the audit trail ({@code CUSTOMER_VIEWED} and
 * {@code CUSTOMER_LIST_VIEWED}), counted in the database: for the anomaly watch of COMPLIANCE.
 */
public interface ReadingPatterns {

    /**
     * Per staff member who read anything on {@code day}: their reads that day, their average reads per day over the
     * {@code baselineDays} before it, and how many of that day's reads fell outside business hours (before
     * {@code opens}, from {@code closes}, or on a Saturday or Sunday) in {@code zone}.
     */
    List<ReadingDay> readingsOn(LocalDate day, ZoneId zone, int baselineDays, LocalTime opens, LocalTime closes);

    record ReadingDay(String actor, long reads, double usualPerDay, long outsideHours) {
    }
}
