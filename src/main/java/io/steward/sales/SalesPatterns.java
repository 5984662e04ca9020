package io.steward.sales;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** How practitioners' sales fall in time, counted in the database, for the anomaly watch of COMPLIANCE. */
public interface SalesPatterns {

    /**
     * Per practitioner with sales cases opened since {@code since}: how many, and how many of them were opened for a
     * customer within {@code within} after one of the given moments of that customer (e.g. an assessment that raised
     * their level).
     */
    List<SalesAfter> openedSoonAfter(List<CustomerMoment> moments, Duration within, Instant since);

    record CustomerMoment(long customerId, Instant at) {
    }

    record SalesAfter(String practitioner, long sales, long soonAfter) {
    }
}
