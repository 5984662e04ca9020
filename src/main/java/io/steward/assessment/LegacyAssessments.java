package io.steward.assessment;

import java.time.LocalDate;
import java.util.Map;

/**
 * Assessments the customer completed and signed before Steward — on paper or in the bank's previous system — brought
 * over with their original date, scored with the questionnaire version they were taken with. For data migration and
 * the demo bank; no page or endpoint reaches it, and each one is audited as migrated, not as confirmed on the channel.
 */
public interface LegacyAssessments {

    long migrate(long customerId, int questionnaireVersion, Map<String, String> answers, LocalDate confirmedOn,
            String legacyReference);
}
