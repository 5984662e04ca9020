package io.steward.assessment.internal;

import io.steward.assessment.AssessmentPolicy;
import io.steward.assessment.LegacyAssessments;
import io.steward.assessment.Questionnaire;
import io.steward.assessment.Questionnaire.Score;
import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.customer.CustomerBook;
import io.steward.customer.CustomerFacts;
import io.steward.platform.DomainRefusal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional
class LegacyAssessmentMigration implements LegacyAssessments {

    private final JdbcClient jdbc;
    private final AssessmentRows rows;
    private final Questionnaires questionnaires;
    private final AssessmentEffects effects;
    private final AssessmentPolicy policy;
    private final CustomerBook book;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final Clock clock;

    LegacyAssessmentMigration(JdbcClient jdbc, AssessmentRows rows, Questionnaires questionnaires, AssessmentEffects effects,
            AssessmentPolicy policy, CustomerBook book, JsonMapper json, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.questionnaires = questionnaires;
        this.effects = effects;
        this.policy = policy;
        this.book = book;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public long migrate(long customerId, int questionnaireVersion, Map<String, String> answers, LocalDate confirmedOn,
            String legacyReference) {
        CustomerFacts customer = book.facts(customerId).orElseThrow(() -> DomainRefusal.notFound("unknown-customer",
                "No customer " + customerId, customerId));
        if (confirmedOn.isAfter(LocalDate.now(clock))) {
            throw DomainRefusal.invalid("legacy-assessment-date", "A migrated assessment was confirmed in the past");
        }
        if (rows.latestEffectiveOn(customerId, LocalDate.MAX).filter(a -> a.effectiveOn().isAfter(confirmedOn)).isPresent()) {
            throw DomainRefusal.conflict("legacy-assessment-order",
                    "Migrate a customer's assessments oldest first");
        }
        Questionnaire questionnaire = questionnaires.version(questionnaireVersion).orElseThrow(() ->
                DomainRefusal.invalid("unknown-questionnaire", "No questionnaire version " + questionnaireVersion));
        Score score = questionnaire.score(answers);
        OffsetDateTime confirmedAt = confirmedOn.atTime(10, 0).atZone(clock.getZone()).toOffsetDateTime();
        long id = jdbc.sql("""
                insert into assessment (customer_id, customer_number, questionnaire_version, status, location,
                    institution_code, started_by, started_at, answers, total_score, result, disqualified_by,
                    confirmed_at, confirmed_on, legacy_reference)
                values (?, ?, ?, 'STARTED', 'IN_PERSON', 'LEGACY', 'migration', ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(customerId, customer.number(), questionnaireVersion, confirmedAt, json.writeValueAsString(answers),
                        score.total(), score.level().name(), score.disqualifiedBy(), confirmedAt, confirmedOn,
                        legacyReference)
                .query(Long.class).single();
        audit.record(AuditEntry.of("ASSESSMENT_MIGRATED", "customer", customer.number(), Map.of(
                "assessmentId", id, "legacyReference", legacyReference, "confirmedOn", confirmedOn,
                "level", score.level(), "validityDays", policy.validityDays())));
        effects.takeEffect(rows.find(id).orElseThrow(), confirmedOn);
        return id;
    }
}
