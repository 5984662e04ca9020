package io.steward.assessment.internal;

import io.steward.assessment.AssessmentLocation;
import io.steward.assessment.AssessmentStatus;
import io.steward.confirmation.ConfirmationStatus;
import io.steward.confirmation.CustomerChannel;
import io.steward.customer.CustomerAccess;
import io.steward.customer.CustomerGrant;
import io.steward.customer.CustomerRiskLevel;
import io.steward.platform.DomainRefusal;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A customer's assessments, newest first, for their practitioner: reading them is a read of the customer record. */
@Service
@Transactional(noRollbackFor = DomainRefusal.class)
public class AssessmentHistory {

    private final AssessmentRows rows;
    private final CustomerAccess access;
    private final CustomerChannel channel;
    private final Clock clock;

    AssessmentHistory(AssessmentRows rows, CustomerAccess access, CustomerChannel channel, Clock clock) {
        this.rows = rows;
        this.access = access;
        this.channel = channel;
        this.clock = clock;
    }

    /** One assessment as the practitioner sees it; {@code channel} is where the customer's confirmation stands. */
    @Schema(name = "AssessmentLine")
    public record Line(long id, AssessmentStatus status, boolean validToday, CustomerRiskLevel level, Integer score,
            String disqualifiedBy, int questionnaireVersion, AssessmentLocation location, boolean guardianCoConfirms,
            String startedBy, Instant startedAt, ConfirmationStatus.State channel, LocalDate confirmedOn,
            LocalDate effectiveOn, LocalDate validThrough, List<String> reviewTriggers, CustomerRiskLevel previousLevel,
            boolean levelRise, String reviewedBy, String reviewReason, boolean possibleProxy, String cancelledReason,
            String legacyReference) {
    }

    public List<Line> of(String number) {
        CustomerGrant grant = access.openFull(number, "assessments");
        LocalDate today = LocalDate.now(clock);
        return rows.ofCustomer(grant.customerId()).stream().map(row -> line(row, today)).toList();
    }

    private Line line(AssessmentRow row, LocalDate today) {
        ConfirmationStatus.State state = row.confirmationRequestId() == null ? null
                : channel.status(row.confirmationRequestId()).map(ConfirmationStatus::state).orElse(null);
        return new Line(row.id(), row.status(), row.validOn(today), row.result(), row.totalScore(),
                row.disqualifiedBy(), row.questionnaireVersion(), row.location(), row.guardianId() != null,
                row.startedBy(), row.startedAt(), state, row.confirmedOn(), row.effectiveOn(), row.validThrough(),
                row.reviewTriggers(), row.previousLevel(), row.levelRise(), row.reviewedBy(), row.reviewReason(),
                row.possibleProxy(), row.cancelledReason(), row.legacyReference());
    }
}
