package io.steward.customer.internal;

import io.steward.access.Actors;
import io.steward.access.CurrentActor;
import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.organization.Role;
import io.steward.platform.DomainRefusal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PRIV-1 for COMPLIANCE: an officer reads a customer record only after stating why — a case number and a reason —
 * which opens the full view of that one customer to that one officer for a limited time (default 60 minutes). The
 * statement is audited ({@code CUSTOMER_PURPOSE_STATED}), and so is every read made under it, with the purpose
 * ({@code CUSTOMER_VIEWED}: purpose id, case number, reason). The statements are listed for every compliance officer
 * to see, so each officer's reads are open to the others. A purpose opens reading only, never a change.
 */
@Service
public class AccessPurposes {

    private final JdbcClient jdbc;
    private final CustomerRows rows;
    private final Actors actors;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration lifetime;

    AccessPurposes(JdbcClient jdbc, CustomerRows rows, Actors actors, AuditTrail audit, Clock clock,
            @Value("${steward.compliance.purpose-lifetime:60m}") Duration lifetime) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A stated purpose: who, whom, why, for how long, and how much was read under it. */
    public record Purpose(long id, String officer, String customerNumber, String caseNumber, String reason,
            Instant openedAt, Instant expiresAt, int reads, Instant lastReadAt) {

        public boolean openAt(Instant instant) {
            return instant.isBefore(expiresAt);
        }

        Map<String, Object> auditDetails() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("purposeId", id);
            details.put("caseNumber", caseNumber);
            details.put("reason", reason);
            return details;
        }
    }

    /** States a purpose for reading one customer's record; only a compliance officer can. */
    @Transactional
    public Purpose state(String customerNumber, String caseNumber, String reason) {
        CurrentActor actor = actors.current();
        if (!actor.holds(Role.COMPLIANCE)) {
            throw DomainRefusal.forbidden("purpose-compliance-only", "Only compliance states a purpose");
        }
        CustomerRow customer = rows.findByNumber(customerNumber).orElseThrow(() -> CustomerScopes.unknown(customerNumber));
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = jdbc.sql("""
                insert into customer_access_purpose (officer, customer_id, customer_number, case_number, reason,
                    opened_at, expires_at) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(actor.username(), customer.id(), customer.number(), caseNumber.strip(), reason.strip(), now,
                        now.plus(lifetime))
                .query(Long.class).single();
        Purpose purpose = find(id);
        Map<String, Object> details = purpose.auditDetails();
        details.put("expiresAt", purpose.expiresAt());
        audit.record(AuditEntry.of("CUSTOMER_PURPOSE_STATED", "customer", customer.number(), details));
        return purpose;
    }

    /** The officer's purpose open now for this customer, the newest if several. */
    Optional<Purpose> openFor(String officer, long customerId) {
        return jdbc.sql(SELECT + "\n" + """
                 where officer = ? and customer_id = ? and expires_at > ? order by opened_at desc, id desc limit 1""")
                .params(officer, customerId, OffsetDateTime.now(clock)).query(AccessPurposes::map).optional();
    }

    /** The purpose under which the signed-in officer reads this customer now, if any (for the record's banner). */
    @Transactional(readOnly = true)
    public Optional<Purpose> openForCurrentOfficer(String customerNumber) {
        CurrentActor actor = actors.current();
        if (!actor.holds(Role.COMPLIANCE)) {
            return Optional.empty();
        }
        return rows.findByNumber(customerNumber).flatMap(customer -> openFor(actor.username(), customer.id()));
    }

    public Duration lifetime() {
        return lifetime;
    }

    void countRead(Purpose purpose) {
        jdbc.sql("update customer_access_purpose set reads = reads + 1, last_read_at = ? where id = ?")
                .params(OffsetDateTime.now(clock), purpose.id()).update();
    }

    /** Every officer's statements, newest first (at most 200), optionally of one officer or one customer. */
    @Transactional(readOnly = true)
    public List<Purpose> recent(String officer, String customerNumber) {
        return jdbc.sql(SELECT + "\n" + """
                 where (cast(:officer as varchar) is null or officer = :officer)
                   and (cast(:customer as varchar) is null or customer_number = :customer)
                 order by opened_at desc, id desc limit 200""")
                .param("officer", officer).param("customer", customerNumber)
                .query(AccessPurposes::map).list();
    }

    public Instant now() {
        return clock.instant();
    }

    private Purpose find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(AccessPurposes::map).single();
    }

    private static final String SELECT = """
            select id, officer, customer_number, case_number, reason, opened_at, expires_at, reads, last_read_at
            from customer_access_purpose""";

    private static Purpose map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime lastRead = rs.getObject("last_read_at", OffsetDateTime.class);
        return new Purpose(rs.getLong("id"), rs.getString("officer"), rs.getString("customer_number"),
                rs.getString("case_number"), rs.getString("reason"),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(), rs.getInt("reads"),
                lastRead == null ? null : lastRead.toInstant());
    }
}
