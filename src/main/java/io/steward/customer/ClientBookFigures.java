package io.steward.customer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the department's figures need from the client book: counts by staff member and the book of a set of
 * practitioners. No scope check and no audit here: the management module turns the book into counts for a
 * DEPARTMENT_MANAGER (DESIGN §6, aggregates only) and shows rows only to the practitioner the customers are assigned
 * to, recording that reading itself.
 */
public interface ClientBookFigures {

    /**
     * Customers whose record these staff members opened from {@code from} to {@code to} (both included, in the
     * clock's zone), whoever they are assigned to now: each new customer counts once, for whoever registered them.
     */
    long registered(Set<String> staff, LocalDate from, LocalDate to);

    /** The customers assigned to these practitioners today, by practitioner and number. */
    List<BookEntry> customersOf(Set<String> practitioners);

    /** Interview records of these staff members whose text was flagged (REC-2) on that day. */
    long interviewFlagsRaised(Set<String> staff, LocalDate day);

    /** One customer of the book: enough to evaluate a segment (age) and to name the customer to their practitioner. */
    record BookEntry(long id, String number, String fullName, LocalDate birthDate, String practitioner) {

        public int ageOn(LocalDate day) {
            return AgeBand.ageOn(birthDate, day);
        }
    }
}
