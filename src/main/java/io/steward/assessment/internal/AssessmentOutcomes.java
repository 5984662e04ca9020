package io.steward.assessment.internal;

import io.steward.assessment.AssessmentLookup;
import io.steward.assessment.AssessmentStatus;
import io.steward.assessment.EffectiveAssessment;
import io.steward.assessment.Questionnaire;
import io.steward.assessment.Questionnaire.Score;
import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.confirmation.ConfirmationKind;
import io.steward.confirmation.CustomerConfirmed;
import io.steward.confirmation.CustomerDeclined;
import io.steward.customer.CustomerRiskLevel;
import io.steward.platform.DomainRefusal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the customer's answer on the channel does to an assessment, inside the channel's transaction: confirmed
 * answers are scored with the assessment's questionnaire version; the assessment takes effect that day, or goes to
 * the review queue when ASSESS-3 applies (a rise in level is marked); a decline cancels it.
 */
@Component
class AssessmentOutcomes {

    private final JdbcClient jdbc;
    private final AssessmentRows rows;
    private final Questionnaires questionnaires;
    private final ReviewTriggers triggers;
    private final AssessmentLookup lookup;
    private final AssessmentEffects effects;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final Clock clock;

    AssessmentOutcomes(JdbcClient jdbc, AssessmentRows rows, Questionnaires questionnaires, ReviewTriggers triggers,
            AssessmentLookup lookup, AssessmentEffects effects, JsonMapper json, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.questionnaires = questionnaires;
        this.triggers = triggers;
        this.lookup = lookup;
        this.effects = effects;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void confirmed(CustomerConfirmed event) {
        if (event.kind() != ConfirmationKind.ASSESSMENT) {
            return;
        }
        AssessmentRow assessment = started(event.subjectReference(), event.requestId());
        Questionnaire questionnaire = questionnaires.version(assessment.questionnaireVersion()).orElseThrow();
        Score score;
        try {
            score = questionnaire.score(event.answers());
        } catch (IllegalArgumentException incomplete) {
            throw DomainRefusal.invalid("assessment-answers", "The answers do not fit the questionnaire");
        }
        LocalDate confirmedOn = LocalDate.ofInstant(event.confirmedAt(), clock.getZone());
        ReviewTriggers.Triggers review = triggers.of(assessment.customerId(), assessment.id(), confirmedOn);
        CustomerRiskLevel previous = lookup.latestOn(assessment.customerId(), confirmedOn)
                .map(EffectiveAssessment::level).orElse(null);
        boolean rise = previous != null && score.level().isHigherThan(previous);
        jdbc.sql("""
                update assessment set answers = ?, total_score = ?, result = ?, disqualified_by = ?, confirmed_at = ?,
                    confirmed_on = ?, possible_proxy = ?, review_triggers = ?, previous_level = ?,
                    previous_confirmed_on = ?, denied_sale_on = ?, level_rise = ?, status = ?
                where id = ?""")
                .params(json.writeValueAsString(event.answers()), score.total(), score.level().name(),
                        score.disqualifiedBy(), OffsetDateTime.ofInstant(event.confirmedAt(), clock.getZone()),
                        confirmedOn, event.possibleProxy(), String.join(",", review.names()),
                        previous == null ? null : previous.name(), review.previousConfirmedOn(), review.deniedSaleOn(),
                        rise, review.any() ? AssessmentStatus.AWAITING_REVIEW.name() : AssessmentStatus.STARTED.name(),
                        assessment.id())
                .update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("assessmentId", assessment.id());
        details.put("score", score.total());
        details.put("level", score.level());
        details.put("disqualifiedBy", score.disqualifiedBy() == null ? "-" : score.disqualifiedBy());
        details.put("previousLevel", previous == null ? "-" : previous.name());
        details.put("possibleProxy", event.possibleProxy());
        details.put("guardianCoConfirmed", event.secondPartyConfirmed());
        audit.record(AuditEntry.of("ASSESSMENT_CONFIRMED", "customer", assessment.customerNumber(), details));
        AssessmentRow scored = rows.find(assessment.id()).orElseThrow();
        if (review.any()) {
            audit.record(AuditEntry.of("ASSESSMENT_SENT_TO_REVIEW", "customer", assessment.customerNumber(), Map.of(
                    "assessmentId", assessment.id(), "triggers", review.names(), "levelRise", rise,
                    "from", previous == null ? "-" : previous.name(), "to", score.level())));
        } else {
            effects.takeEffect(scored, confirmedOn);
        }
    }

    @EventListener
    @Transactional
    public void declined(CustomerDeclined event) {
        if (event.kind() != ConfirmationKind.ASSESSMENT) {
            return;
        }
        AssessmentRow assessment = started(event.subjectReference(), event.requestId());
        String reason = "declined by the customer" + (event.reason() == null ? "" : ": " + event.reason());
        jdbc.sql("update assessment set status = 'CANCELLED', cancelled_reason = ? where id = ?")
                .params(reason.length() > 500 ? reason.substring(0, 500) : reason, assessment.id()).update();
        audit.record(AuditEntry.of("ASSESSMENT_CANCELLED", "customer", assessment.customerNumber(), Map.of(
                "assessmentId", assessment.id(), "reason", "declined by the customer")));
    }

    private AssessmentRow started(String subject, long requestId) {
        AssessmentRow assessment = rows.lock(AssessmentStart.idOf(subject)).orElseThrow(() ->
                new IllegalStateException("the channel confirmed an unknown assessment: " + subject));
        if (assessment.status() != AssessmentStatus.STARTED || assessment.confirmationRequestId() == null
                || assessment.confirmationRequestId() != requestId) {
            throw new IllegalStateException("assessment " + assessment.id() + " is not waiting for confirmation "
                    + requestId + " (it is " + assessment.status() + ")");
        }
        return assessment;
    }
}
