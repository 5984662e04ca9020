package io.steward.assessment;

import io.steward.customer.CustomerRiskLevel;
import java.time.LocalDate;

/** A customer's new assessment took effect (directly, after review, or migrated): their level changed from today. */
public record AssessmentTookEffect(long assessmentId, long customerId, CustomerRiskLevel level, LocalDate effectiveOn,
        LocalDate validThrough) {
}
