package io.steward.assessment;

import java.time.Instant;
import java.util.List;

/**
 * How practitioners assess, counted in the database, for the anomaly watch of COMPLIANCE: how often they assess the
 * same customer again, and which assessments raised a customer's level.
 */
public interface AssessmentPatterns {

    /**
     * Per practitioner and institution, the assessments the customer confirmed since that instant and how many of
     * them were repeats (the customer had confirmed an earlier one with that practitioner in the same period).
     */
    List<PractitionerAssessments> byPractitioner(Instant since);

    /** Confirmed assessments since that instant that gave the customer a higher level than their previous one. */
    List<LevelRaise> levelRaises(Instant since);

    record PractitionerAssessments(String practitioner, String institution, long assessments, long repeats) {
    }

    record LevelRaise(long customerId, String customerNumber, String practitioner, String from, String to,
            Instant confirmedAt) {
    }
}
