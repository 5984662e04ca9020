package io.steward.assessment.internal;

import io.steward.access.Actors;
import io.steward.access.CurrentActor;
import io.steward.assessment.AssessmentReview;
import io.steward.assessment.AssessmentStatus;
import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.customer.CustomerBook;
import io.steward.customer.CustomerFacts;
import io.steward.customer.CustomerRiskLevel;
import io.steward.organization.InstitutionTree;
import io.steward.organization.Role;
import io.steward.platform.DomainRefusal;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ASSESS-3's review queue: assessments confirmed soon after another or after a denied sale wait here for COMPLIANCE
 * (any) or a RETAIL_HEAD of an institution at or above the one of the customer's practitioner, who approve (the
 * assessment takes effect that day) or reject it, always with a reason. Nobody reviews an assessment they started.
 * A reviewer sees what the decision needs — customer number, masked name, the levels, the dates, the triggers — not
 * the customer record.
 */
@Service
@Transactional
public class AssessmentReviewQueue implements AssessmentReview {

    private final JdbcClient jdbc;
    private final AssessmentRows rows;
    private final AssessmentEffects effects;
    private final CustomerBook book;
    private final InstitutionTree tree;
    private final Actors actors;
    private final AuditTrail audit;
    private final Clock clock;

    AssessmentReviewQueue(JdbcClient jdbc, AssessmentRows rows, AssessmentEffects effects, CustomerBook book,
            InstitutionTree tree, Actors actors, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.effects = effects;
        this.book = book;
        this.tree = tree;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    @Schema(name = "ReviewItem")
    public record Item(long assessmentId, String customerNumber, String maskedName, String practitioner,
            String institutionCode, List<String> triggers, CustomerRiskLevel previousLevel, CustomerRiskLevel newLevel,
            boolean levelRise, int score, LocalDate confirmedOn, LocalDate previousConfirmedOn, LocalDate deniedSaleOn,
            boolean possibleProxy, Instant startedAt, String startedBy) {
    }

    @Override
    public void noteDeniedSale(long customerId, LocalDate on, String reference) {
        int added = jdbc.sql("""
                insert into denied_sale_attempt (customer_id, denied_on, reference, recorded_at) values (?, ?, ?, ?)
                on conflict (reference) do nothing""")
                .params(customerId, on, reference, OffsetDateTime.now(clock)).update();
        if (added > 0) {
            String number = book.facts(customerId).map(CustomerFacts::number).orElse(String.valueOf(customerId));
            audit.record(AuditEntry.of("DENIED_SALE_NOTED", "customer", number, Map.of(
                    "deniedOn", on, "reference", reference)));
        }
    }

    /** The items the current reviewer may decide; reading the queue is audited. */
    public List<Item> queue() {
        CurrentActor reviewer = actors.current();
        List<Item> items = jdbc.sql(AssessmentRows.SELECT + " where status = 'AWAITING_REVIEW' order by confirmed_at")
                .query(AssessmentRows::map).list().stream()
                .filter(row -> mayReview(reviewer, row))
                .map(this::item).toList();
        audit.record(AuditEntry.of("ASSESSMENT_REVIEW_QUEUE_VIEWED", "assessment-reviews", reviewer.username(),
                Map.of("count", items.size())));
        return items;
    }

    public void approve(long assessmentId, String reason) {
        AssessmentRow assessment = reviewable(assessmentId);
        LocalDate today = LocalDate.now(clock);
        decide(assessment, false, reason);
        effects.takeEffect(rows.find(assessmentId).orElseThrow(), today);
        audit.record(AuditEntry.of("ASSESSMENT_REVIEW_APPROVED", "customer", assessment.customerNumber(), Map.of(
                "assessmentId", assessmentId, "reason", reason.strip(), "triggers", assessment.reviewTriggers(),
                "levelRise", assessment.levelRise(), "level", assessment.result())));
    }

    public void reject(long assessmentId, String reason) {
        AssessmentRow assessment = reviewable(assessmentId);
        decide(assessment, true, reason);
        audit.record(AuditEntry.of("ASSESSMENT_REVIEW_REJECTED", "customer", assessment.customerNumber(), Map.of(
                "assessmentId", assessmentId, "reason", reason.strip(), "triggers", assessment.reviewTriggers(),
                "levelRise", assessment.levelRise(), "level", assessment.result())));
    }

    /** Records the decision; an approval then takes effect, a rejection ends the assessment. */
    private void decide(AssessmentRow assessment, boolean rejected, String reason) {
        jdbc.sql("""
                update assessment set reviewed_by = ?, reviewed_at = ?, review_reason = ?,
                    status = case when ? then 'REJECTED' else status end
                where id = ?""")
                .params(actors.current().username(), OffsetDateTime.now(clock), reason.strip(), rejected, assessment.id())
                .update();
    }

    private AssessmentRow reviewable(long assessmentId) {
        CurrentActor reviewer = actors.current();
        AssessmentRow assessment = rows.lock(assessmentId).filter(row -> mayReview(reviewer, row))
                .orElseThrow(() -> DomainRefusal.notFound("unknown-review", "No such assessment awaiting your review",
                        assessmentId));
        if (assessment.status() != AssessmentStatus.AWAITING_REVIEW) {
            throw DomainRefusal.conflict("review-decided", "The assessment is no longer awaiting review");
        }
        if (assessment.startedBy().equals(reviewer.username())) {
            throw DomainRefusal.forbidden("review-own-assessment", "Nobody reviews an assessment they started");
        }
        return assessment;
    }

    private boolean mayReview(CurrentActor reviewer, AssessmentRow row) {
        if (reviewer.holds(Role.COMPLIANCE)) {
            return true;
        }
        return reviewer.holds(Role.RETAIL_HEAD) && tree.isWithin(row.institutionCode(), reviewer.institutionCode());
    }

    private Item item(AssessmentRow row) {
        CustomerFacts customer = book.facts(row.customerId()).orElseThrow();
        return new Item(row.id(), row.customerNumber(), customer.maskedName(), customer.practitioner(),
                row.institutionCode(), row.reviewTriggers(), row.previousLevel(), row.result(), row.levelRise(),
                row.totalScore() == null ? 0 : row.totalScore(), row.confirmedOn(), row.previousConfirmedOn(),
                row.deniedSaleOn(), row.possibleProxy(), row.startedAt(), row.startedBy());
    }
}
