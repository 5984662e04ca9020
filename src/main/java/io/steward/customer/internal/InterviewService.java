package io.steward.customer.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.customer.CustomerAccess;
import io.steward.customer.CustomerGrant;
import io.steward.customer.Interviews;
import io.steward.platform.DomainRefusal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional
class InterviewService implements Interviews {

    private final JdbcClient jdbc;
    private final CustomerAccess access;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final Clock clock;

    InterviewService(JdbcClient jdbc, CustomerAccess access, JsonMapper json, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public InterviewRecord record(String number, NewInterview request) {
        CustomerGrant grant = access.requireFull(number);
        LocalDate today = LocalDate.now(clock);
        if (request.heldOn().isAfter(today)) {
            throw DomainRefusal.invalid("interview-date-future", "An interview is recorded after it was held");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("financialSituation", request.financialSituation().strip());
        texts.put("investmentObjectives", request.investmentObjectives().strip());
        texts.put("productsConsidered", request.productsConsidered().strip());
        texts.put("reasonsNotBought", request.reasonsNotBought().strip());
        texts.put("unmetNeeds", request.unmetNeeds().strip());
        texts.put("familySituation", request.familySituation().strip());
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = jdbc.sql("""
                insert into interview (customer_id, held_on, financial_situation, investment_objectives, products_considered,
                    reasons_not_bought, unmet_needs, family_situation, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(grant.customerId(), request.heldOn(), texts.get("financialSituation"),
                        texts.get("investmentObjectives"), texts.get("productsConsidered"), texts.get("reasonsNotBought"),
                        texts.get("unmetNeeds"), texts.get("familySituation"), grant.actor(), now)
                .query(Long.class).single();
        List<PromiseHit> hits = PromiseScreening.scan(texts);
        audit.record(AuditEntry.of("INTERVIEW_RECORDED", "customer", number, Map.of("interviewId", id,
                "heldOn", request.heldOn(), "flagged", !hits.isEmpty())));
        if (!hits.isEmpty()) {
            long flagId = jdbc.sql("""
                    insert into interview_flag (interview_id, hits, status, raised_at) values (?, ?, 'OPEN', ?) returning id""")
                    .params(id, json.writeValueAsString(hits), now).query(Long.class).single();
            audit.record(AuditEntry.of("INTERVIEW_FLAGGED", "customer", number, Map.of("interviewId", id,
                    "flagId", flagId, "phrases", hits.stream().map(PromiseHit::phrase).distinct().toList(),
                    "practitioner", grant.actor())));
        }
        return new InterviewRecord(id, request.heldOn(), texts.get("financialSituation"),
                texts.get("investmentObjectives"), texts.get("productsConsidered"), texts.get("reasonsNotBought"),
                texts.get("unmetNeeds"), texts.get("familySituation"), grant.actor(), now.toInstant(), hits);
    }

    @Override
    @Transactional(readOnly = true)
    public List<InterviewRecord> of(long customerId) {
        return jdbc.sql("""
                select i.id, i.held_on, i.financial_situation, i.investment_objectives, i.products_considered,
                       i.reasons_not_bought, i.unmet_needs, i.family_situation, i.recorded_by, i.recorded_at, f.hits
                from interview i left join interview_flag f on f.interview_id = i.id
                where i.customer_id = ? order by i.held_on desc, i.id desc""")
                .param(customerId)
                .query((rs, n) -> new InterviewRecord(rs.getLong("id"), rs.getObject("held_on", LocalDate.class),
                        rs.getString("financial_situation"), rs.getString("investment_objectives"),
                        rs.getString("products_considered"), rs.getString("reasons_not_bought"),
                        rs.getString("unmet_needs"), rs.getString("family_situation"), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), hits(rs.getString("hits"))))
                .list();
    }

    List<PromiseHit> hits(String stored) {
        return Optional.ofNullable(stored).map(text -> json.readValue(text, new TypeReference<List<PromiseHit>>() { }))
                .orElse(List.of());
    }
}
