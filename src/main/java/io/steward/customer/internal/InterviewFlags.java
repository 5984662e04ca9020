package io.steward.customer.internal;

import io.steward.access.Actors;
import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.customer.CustomerFacts;
import io.steward.customer.Interviews.PromiseHit;
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
 * COMPLIANCE's list of interviews whose text promised what staff must not. A flag shows what the decision needs —
 * the customer number and masked name, the practitioner, the phrases and a short excerpt around each — not the
 * customer record. Compliance resolves a flag with a note; both the reading and the resolution are audited.
 */
@Service
@Transactional
public class InterviewFlags {

    private final JdbcClient jdbc;
    private final InterviewService interviews;
    private final AuditTrail audit;
    private final Clock clock;
    private final Actors actors;

    InterviewFlags(JdbcClient jdbc, InterviewService interviews, AuditTrail audit, Clock clock, Actors actors) {
        this.actors = actors;
        this.jdbc = jdbc;
        this.interviews = interviews;
        this.audit = audit;
        this.clock = clock;
    }

    @Schema(name = "InterviewFlag")
    public record Flag(long id, String customerNumber, String maskedName, String practitioner, LocalDate heldOn,
            List<PromiseHit> hits, String status, Instant raisedAt, String resolvedBy, String resolution) {
    }

    public List<Flag> list(boolean openOnly) {
        List<Flag> flags = jdbc.sql("""
                select f.id, c.number, c.full_name, i.recorded_by, i.held_on, f.hits, f.status, f.raised_at,
                       f.resolved_by, f.resolution
                from interview_flag f join interview i on i.id = f.interview_id join customer c on c.id = i.customer_id
                where (not :openOnly or f.status = 'OPEN')
                order by f.raised_at desc limit 200""")
                .param("openOnly", openOnly)
                .query((rs, n) -> new Flag(rs.getLong("id"), rs.getString("number"),
                        CustomerFacts.maskName(rs.getString("full_name")), rs.getString("recorded_by"),
                        rs.getObject("held_on", LocalDate.class), interviews.hits(rs.getString("hits")),
                        rs.getString("status"), rs.getObject("raised_at", OffsetDateTime.class).toInstant(),
                        rs.getString("resolved_by"), rs.getString("resolution")))
                .list();
        audit.record(AuditEntry.of("INTERVIEW_FLAGS_VIEWED", "interview-flags", "list", Map.of(
                "count", flags.size(), "openOnly", openOnly)));
        return flags;
    }

    public void resolve(long flagId, String resolution) {
        int updated = jdbc.sql("""
                update interview_flag set status = 'RESOLVED', resolved_by = ?, resolved_at = ?, resolution = ?
                where id = ? and status = 'OPEN'""")
                .params(currentUser(), OffsetDateTime.now(clock), resolution.strip(), flagId).update();
        if (updated == 0) {
            throw DomainRefusal.conflict("interview-flag-not-open", "The flag is not open");
        }
        String number = jdbc.sql("""
                select c.number from interview_flag f join interview i on i.id = f.interview_id
                join customer c on c.id = i.customer_id where f.id = ?""").param(flagId).query(String.class).single();
        audit.record(AuditEntry.of("INTERVIEW_FLAG_RESOLVED", "customer", number, Map.of(
                "flagId", flagId, "resolution", resolution.strip())));
    }

    private String currentUser() {
        return actors.current().username();
    }
}
