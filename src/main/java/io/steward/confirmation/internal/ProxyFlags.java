package io.steward.confirmation.internal;

import io.steward.access.Actors;
import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.confirmation.RequestOrigin;
import io.steward.platform.DomainRefusal;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Possible proxy confirmation": the customer's confirmation came from the requesting staff member's own device (the
 * same browser cookie) or their address. CONF-1 forbids staff to act for the customer ("Do not copy any statement
 * that should be copied by the customer personally on behalf of the customer"); the channel cannot prove it, so it
 * flags the confirmation for COMPLIANCE, who resolve each flag with a note. The confirmation itself stands.
 *
 * <p>A branch signing tablet behind the same network address as the practitioner's desk is flagged for the address
 * alone; the reasons say which it was, so compliance can tell that from the same device.
 */
@Service
@Transactional
public class ProxyFlags {

    private final JdbcClient jdbc;
    private final Actors actors;
    private final AuditTrail audit;
    private final Clock clock;

    ProxyFlags(JdbcClient jdbc, Actors actors, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    @Schema(name = "ProxyFlag")
    public record Flag(long id, long requestId, String kind, String subject, String customerNumber,
            String requestedBy, String reasons, String address, String device, Instant confirmedAt, String status,
            String resolvedBy, String resolution) {
    }

    static List<String> reasons(RequestRow request, RequestOrigin confirmedFrom) {
        List<String> reasons = new ArrayList<>();
        if (request.requestedDevice() != null && request.requestedDevice().equals(confirmedFrom.deviceId())) {
            reasons.add("SAME_DEVICE");
        }
        if (request.requestedAddress() != null && request.requestedAddress().equals(confirmedFrom.address())) {
            reasons.add("SAME_ADDRESS");
        }
        return reasons;
    }

    void raise(RequestRow request, List<String> reasons, RequestOrigin confirmedFrom) {
        long id = jdbc.sql("""
                insert into confirmation_proxy_flag (request_id, reasons, status, raised_at) values (?, ?, 'OPEN', ?)
                returning id""")
                .params(request.id(), String.join(",", reasons), OffsetDateTime.now(clock)).query(Long.class).single();
        audit.record(AuditEntry.of("POSSIBLE_PROXY_CONFIRMATION", "confirmation", request.id(), Map.of(
                "flagId", id, "subject", request.subjectReference(), "customer", request.customerNumber(),
                "requestedBy", request.requestedBy(), "reasons", reasons,
                "address", String.valueOf(confirmedFrom.address()))).by("customer:" + request.customerNumber()));
    }

    public List<Flag> list(boolean openOnly) {
        List<Flag> flags = jdbc.sql("""
                select f.id, r.id as request_id, r.kind, r.subject_reference, r.customer_number, r.requested_by, f.reasons,
                       r.completed_address, r.completed_device, r.completed_at, f.status, f.resolved_by, f.resolution
                from confirmation_proxy_flag f join confirmation_request r on r.id = f.request_id
                where (not :openOnly or f.status = 'OPEN')
                order by f.raised_at desc limit 200""")
                .param("openOnly", openOnly)
                .query((rs, n) -> new Flag(rs.getLong("id"), rs.getLong("request_id"), rs.getString("kind"),
                        rs.getString("subject_reference"), rs.getString("customer_number"), rs.getString("requested_by"),
                        rs.getString("reasons"), rs.getString("completed_address"), rs.getString("completed_device"),
                        rs.getObject("completed_at", OffsetDateTime.class).toInstant(), rs.getString("status"),
                        rs.getString("resolved_by"), rs.getString("resolution")))
                .list();
        audit.record(AuditEntry.of("PROXY_FLAGS_VIEWED", "proxy-flags", "list", Map.of(
                "count", flags.size(), "openOnly", openOnly)));
        return flags;
    }

    public void resolve(long flagId, String resolution) {
        int updated = jdbc.sql("""
                update confirmation_proxy_flag set status = 'RESOLVED', resolved_by = ?, resolved_at = ?, resolution = ?
                where id = ? and status = 'OPEN'""")
                .params(actors.current().username(), OffsetDateTime.now(clock), resolution.strip(), flagId).update();
        if (updated == 0) {
            throw DomainRefusal.conflict("proxy-flag-not-open", "The flag is not open");
        }
        audit.record(AuditEntry.of("PROXY_FLAG_RESOLVED", "proxy-flag", flagId, Map.of("resolution", resolution.strip())));
    }
}
