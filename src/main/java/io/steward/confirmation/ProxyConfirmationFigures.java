package io.steward.confirmation;

import java.time.LocalDate;
import java.util.Set;

/**
 * How many of the customer's confirmations looked like they came from the staff member's own address or device
 * (CONF-1), for the department's daily close: a count, never the flags themselves (those are COMPLIANCE's).
 */
public interface ProxyConfirmationFigures {

    /** Flags raised on the day (in the clock's zone) on requests these staff members sent. */
    long flagsRaised(Set<String> staff, LocalDate day);
}
