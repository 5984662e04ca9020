package io.steward.assessment;

import io.steward.customer.CustomerRiskLevel;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An assessment that took effect: its level, the day it took effect and the last day it is valid. "Valid for 365
 * days" reads: effective on day E, valid on E, E+1, …, E+364, expired from E+365 (ASSESS-1).
 */
public record EffectiveAssessment(long id, long customerId, CustomerRiskLevel level, int score,
        int questionnaireVersion, LocalDate effectiveOn, LocalDate validThrough, Instant confirmedAt,
        boolean guardianCoConfirmed) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(effectiveOn) && !day.isAfter(validThrough);
    }
}
