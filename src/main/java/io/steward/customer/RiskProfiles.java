package io.steward.customer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Port: the risk level each customer has from their assessments. The assessment module answers it; the customer
 * module asks it to show and filter the client book, so the dependency points from assessment to customer only.
 */
public interface RiskProfiles {

    /** The latest assessment that took effect on or before that day, per customer; none: no entry. */
    Map<Long, RiskProfile> on(Collection<Long> customerIds, LocalDate day);

    /** A level and the days it is valid: from {@code effectiveOn} through {@code validThrough}, both included. */
    record RiskProfile(CustomerRiskLevel level, LocalDate effectiveOn, LocalDate validThrough) {

        public boolean validOn(LocalDate day) {
            return !day.isBefore(effectiveOn) && !day.isAfter(validThrough);
        }

        /** Still valid on that day, but not any more {@code days} later. */
        public boolean expiresWithin(LocalDate day, int days) {
            return validOn(day) && validThrough.isBefore(day.plusDays(days));
        }
    }
}
