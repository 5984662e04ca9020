package io.steward.assessment;

import java.time.LocalDate;
import java.util.Set;

/**
 * Counts of the assessments staff members ran, for the department's daily close. An assessment belongs to the staff
 * member who started it. Whose assessments expire soon is a question about customers: ask
 * {@link io.steward.customer.RiskProfiles} for the customers of the book.
 */
public interface AssessmentFigures {

    /** Assessments these staff members started that took effect on the day (directly, or after review). */
    long tookEffect(Set<String> staff, LocalDate day);

    /** ASSESS-3: assessments these staff members started that the customer confirmed on the day and that went to review. */
    long reviewsOpened(Set<String> staff, LocalDate day);
}
