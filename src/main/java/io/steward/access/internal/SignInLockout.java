package io.steward.access.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Five failed sign-ins in a row lock an account for fifteen minutes (both configurable). The count is kept in
 * PostgreSQL, so every node sees the same lock; a successful sign-in clears it.
 */
@Service
class SignInLockout {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    SignInLockout(JdbcClient jdbc, AuditTrail audit, Clock clock,
            @Value("${steward.security.max-failed-sign-ins:5}") int maxFailures,
            @Value("${steward.security.lockout:15m}") Duration lockout) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    boolean isLocked(String username) {
        return jdbc.sql("select locked_until from sign_in_lockout where username = ?").param(username)
                .query(OffsetDateTime.class).optional()
                .filter(until -> until != null && until.toInstant().isAfter(clock.instant()))
                .isPresent();
    }

    @Transactional
    void failed(String username, String reason, String remoteAddress) {
        Instant now = clock.instant();
        // A lock that has run out starts a fresh count.
        int failures = jdbc.sql("""
                insert into sign_in_lockout (username, failed_attempts, locked_until) values (:username, 1, null)
                on conflict (username) do update set
                    failed_attempts = case when sign_in_lockout.locked_until is not null
                                            and sign_in_lockout.locked_until <= :now then 1
                                           else sign_in_lockout.failed_attempts + 1 end,
                    locked_until = case when sign_in_lockout.locked_until <= :now then null
                                        else sign_in_lockout.locked_until end
                returning failed_attempts""")
                .param("username", username).param("now", OffsetDateTime.ofInstant(now, clock.getZone()))
                .query(Integer.class).single();
        audit.record(AuditEntry.of("SIGN_IN_FAILED", "staff", username, Map.of(
                "reason", reason, "attempt", failures, "address", String.valueOf(remoteAddress))).by(username));
        if (failures == maxFailures) {
            OffsetDateTime until = OffsetDateTime.ofInstant(now.plus(lockout), clock.getZone());
            jdbc.sql("update sign_in_lockout set locked_until = ? where username = ?").params(until, username).update();
            audit.record(AuditEntry.of("SIGN_IN_LOCKED", "staff", username, Map.of(
                    "failedAttempts", failures, "lockedUntil", until.toInstant())).by(username));
        }
    }

    /** A successful authentication ends a run of failures (the lock itself has already been checked). */
    void clear(String username) {
        jdbc.sql("delete from sign_in_lockout where username = ?").param(username).update();
    }

    void signedIn(String username, String remoteAddress) {
        audit.record(AuditEntry.of("SIGN_IN", "staff", username, Map.of(
                "address", String.valueOf(remoteAddress))).by(username));
    }
}
