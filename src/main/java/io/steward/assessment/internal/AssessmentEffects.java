package io.steward.assessment.internal;

import io.steward.assessment.AssessmentPolicy;
import io.steward.assessment.AssessmentTookEffect;
import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.customer.CustomerTasks;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An assessment taking effect: valid from that day for the policy's validity (ASSESS-1: effective on E, valid on
 * E .. E + validity - 1), the one it replaces marked SUPERSEDED, the renewal task of the old one closed.
 */
@Component
class AssessmentEffects {

    private final JdbcClient jdbc;
    private final AssessmentPolicy policy;
    private final CustomerTasks tasks;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    AssessmentEffects(JdbcClient jdbc, AssessmentPolicy policy, CustomerTasks tasks, ApplicationEventPublisher events,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.tasks = tasks;
        this.events = events;
        this.audit = audit;
    }

    static LocalDate validThrough(LocalDate effectiveOn, int validityDays) {
        return effectiveOn.plusDays(validityDays - 1L);
    }

    void takeEffect(AssessmentRow assessment, LocalDate effectiveOn) {
        LocalDate validThrough = validThrough(effectiveOn, policy.validityDays());
        jdbc.sql("""
                update assessment set status = 'SUPERSEDED' where customer_id = ? and status = 'EFFECTIVE' and id <> ?
                returning id""")
                .params(assessment.customerId(), assessment.id()).query(Long.class).list()
                .forEach(previous -> {
                    tasks.close(AssessmentExpiryReminders.taskKey(previous));
                    audit.record(AuditEntry.of("ASSESSMENT_SUPERSEDED", "customer", assessment.customerNumber(),
                            Map.of("assessmentId", previous, "by", assessment.id())));
                });
        jdbc.sql("update assessment set status = 'EFFECTIVE', effective_on = ?, valid_through = ? where id = ?")
                .params(effectiveOn, validThrough, assessment.id()).update();
        audit.record(AuditEntry.of("ASSESSMENT_EFFECTIVE", "customer", assessment.customerNumber(), Map.of(
                "assessmentId", assessment.id(), "level", assessment.result(), "effectiveOn", effectiveOn,
                "validThrough", validThrough, "questionnaireVersion", assessment.questionnaireVersion())));
        events.publishEvent(new AssessmentTookEffect(assessment.id(), assessment.customerId(), assessment.result(),
                effectiveOn, validThrough));
    }
}
