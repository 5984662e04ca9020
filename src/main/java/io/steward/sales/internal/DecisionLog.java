package io.steward.sales.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.platform.DomainRefusal;
import io.steward.suitability.Decision;
import io.steward.suitability.PolicyParameters;
import io.steward.suitability.PolicyVersionApproved;
import io.steward.suitability.PolicyVersions;
import io.steward.suitability.ProposedSale;
import io.steward.suitability.RuleHit;
import io.steward.suitability.SuitabilityEngine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes suitability decisions under the policy version in force on the decision date, and keeps every decision
 * taken for a sale with its full input (DESIGN §5), so it can be replayed against its version and give the same
 * answer. The stored input and answer are hashed into the audit trail, so an edit of either is found.
 */
@Component
public class DecisionLog {

    enum Purpose { OPENING, SUBMISSION }

    record Taken(long id, Decision decision) {

        /** The rules that hit, each once, in the order the engine reported them. */
        List<String> ruleIds() {
            return decision.hits().stream().map(RuleHit::ruleId).map(Object::toString).distinct().toList();
        }
    }

    public record Replay(long decisionId, String policyVersion, boolean same, Decision stored, Decision replayed) {
    }

    private static final Duration VERSION_CACHE = Duration.ofSeconds(30);

    private record CachedVersion(PolicyParameters parameters, Instant until) {
    }

    private final PolicyVersions versions;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<String, SuitabilityEngine> engines = new ConcurrentHashMap<>();
    private final Map<LocalDate, CachedVersion> inForce = new ConcurrentHashMap<>();

    DecisionLog(PolicyVersions versions, JdbcClient jdbc, AuditTrail audit, JsonMapper json, Clock clock) {
        this.versions = versions;
        this.jdbc = jdbc;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Decides without keeping anything: a check, or the shelf filtered for advice. */
    Decision decide(ProposedSale sale) {
        return engineOn(sale.decisionDate()).decideSale(sale);
    }

    Taken decideAndKeep(Purpose purpose, Long caseId, String customerNumber, String productCode, ProposedSale sale,
            String actor) {
        Decision decision = decide(sale);
        String input = json.writeValueAsString(sale);
        String answer = json.writeValueAsString(decision);
        long id = jdbc.sql("""
                insert into suitability_decision (purpose, case_id, customer_number, product_code, policy_version,
                    input, outcome, conditions, rule_ids, decision, decided_by, decided_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(purpose.name(), caseId, customerNumber, productCode, decision.policyVersion(), input,
                        decision.outcome().name(),
                        decision.conditions().stream().map(Enum::name).toArray(String[]::new),
                        decision.hits().stream().map(hit -> hit.ruleId().toString()).distinct().toArray(String[]::new),
                        answer, actor, OffsetDateTime.now(clock))
                .query(Long.class).single();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("decision", id);
        details.put("purpose", purpose);
        details.put("customer", customerNumber);
        details.put("product", productCode);
        details.put("outcome", decision.outcome());
        details.put("rules", decision.hits().stream().map(RuleHit::ruleId).map(Object::toString).distinct().toList());
        details.put("conditions", decision.conditions().stream().map(Enum::name).sorted().toList());
        details.put("policyVersion", decision.policyVersion());
        details.put("inputSha256", sha256(input));
        details.put("decisionSha256", sha256(answer));
        audit.record(AuditEntry.of("SUITABILITY_DECIDED", "suitability-decision", id, details));
        return new Taken(id, decision);
    }

    /** Decides the stored input again under the version it was decided under, and says whether the answer is the same. */
    Replay replay(long decisionId) {
        Map<String, Object> row = jdbc.sql("select input, decision, policy_version from suitability_decision where id = ?")
                .param(decisionId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> DomainRefusal.notFound("unknown-decision", "No such decision", decisionId));
        String version = (String) row.get("policy_version");
        Decision stored = json.readValue((String) row.get("decision"), Decision.class);
        ProposedSale input = json.readValue((String) row.get("input"), ProposedSale.class);
        Decision replayed = engine(version).decideSale(input);
        return new Replay(decisionId, version, replayed.equals(stored), stored, replayed);
    }

    Optional<Decision> stored(long decisionId) {
        return jdbc.sql("select decision from suitability_decision where id = ?").param(decisionId)
                .query(String.class).optional().map(text -> json.readValue(text, Decision.class));
    }

    /** The parameters of the policy version in force on that day (the ones its decisions are taken under). */
    PolicyParameters policyOn(LocalDate day) {
        Instant now = clock.instant();
        CachedVersion cached = inForce.get(day);
        if (cached == null || !cached.until().isAfter(now)) {
            cached = new CachedVersion(versions.inForceOn(day), now.plus(VERSION_CACHE));
            inForce.put(day, cached);
            if (inForce.size() > 400) {
                inForce.clear();
            }
        }
        return cached.parameters();
    }

    private SuitabilityEngine engineOn(LocalDate day) {
        PolicyParameters parameters = policyOn(day);
        return engines.computeIfAbsent(parameters.versionId(), id -> new SuitabilityEngine(parameters));
    }

    private SuitabilityEngine engine(String versionId) {
        return engines.computeIfAbsent(versionId, id -> new SuitabilityEngine(versions.approved(id)
                .orElseThrow(() -> DomainRefusal.notFound("unknown-policy-version", "No such approved policy version", id))));
    }

    /** A newly approved version may be in force today: stop answering from the cache on this node. */
    @EventListener
    void versionApproved(PolicyVersionApproved approved) {
        inForce.clear();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
