package io.steward.assessment.internal;

import io.steward.assessment.AssessmentLocation;
import io.steward.assessment.AssessmentStatus;
import io.steward.assessment.EffectiveAssessment;
import io.steward.customer.CustomerRiskLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An assessment as stored. */
public record AssessmentRow(long id, long customerId, String customerNumber, int questionnaireVersion,
        AssessmentStatus status, AssessmentLocation location, String institutionCode, Long guardianId,
        String startedBy, Instant startedAt, Long confirmationRequestId, Integer totalScore, CustomerRiskLevel result,
        String disqualifiedBy, Instant confirmedAt, LocalDate confirmedOn, boolean possibleProxy,
        List<String> reviewTriggers, CustomerRiskLevel previousLevel, LocalDate previousConfirmedOn,
        LocalDate deniedSaleOn, boolean levelRise, String reviewedBy, Instant reviewedAt, String reviewReason,
        LocalDate effectiveOn, LocalDate validThrough, String cancelledReason, String legacyReference) {

    public boolean validOn(LocalDate day) {
        return effectiveOn != null && !day.isBefore(effectiveOn) && !day.isAfter(validThrough);
    }

    EffectiveAssessment effective() {
        return new EffectiveAssessment(id, customerId, result, totalScore == null ? 0 : totalScore,
                questionnaireVersion, effectiveOn, validThrough, confirmedAt, guardianId != null);
    }
}
