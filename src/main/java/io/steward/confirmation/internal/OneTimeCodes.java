package io.steward.confirmation.internal;

import io.steward.platform.crypto.KeyedHashes;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Six-digit one-time codes: drawn from a secure random source, stored only as a keyed hash bound to the request and
 * the party, valid for a few minutes, compared in constant time. A new code replaces the previous one.
 */
@Component
class OneTimeCodes {

    enum Party {
        CUSTOMER,
        SECOND_PARTY
    }

    enum Check {
        RIGHT,
        WRONG,
        EXPIRED
    }

    private final JdbcClient jdbc;
    private final KeyedHashes hashes;
    private final ChannelSettings settings;
    private final SecureRandom random = new SecureRandom();

    OneTimeCodes(JdbcClient jdbc, KeyedHashes hashes, ChannelSettings settings) {
        this.jdbc = jdbc;
        this.hashes = hashes;
        this.settings = settings;
    }

    /** Issues a fresh code for the party, replacing any earlier one, and returns it (to be sent, never stored). */
    String issue(long requestId, Party party, Instant now) {
        String code = String.format("%06d", random.nextInt(1_000_000));
        jdbc.sql("""
                insert into confirmation_code (request_id, party, code_hash, issued_at, expires_at) values (?, ?, ?, ?, ?)
                on conflict (request_id, party) do update set code_hash = excluded.code_hash,
                    issued_at = excluded.issued_at, expires_at = excluded.expires_at""")
                .params(requestId, party.name(), hashes.hash(purpose(requestId, party), code), utc(now),
                        utc(now.plus(settings.codeValidity)))
                .update();
        return code;
    }

    Check check(long requestId, Party party, String code, Instant now) {
        Optional<Stored> stored = jdbc.sql("select code_hash, expires_at from confirmation_code where request_id = ? and party = ?")
                .params(requestId, party.name())
                .query((rs, n) -> new Stored(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .optional();
        if (stored.isEmpty()) {
            return Check.WRONG;
        }
        boolean right = code != null && code.strip().matches("[0-9]{6}")
                && hashes.matches(purpose(requestId, party), code.strip(), stored.get().hash());
        if (!right) {
            return Check.WRONG;
        }
        return now.isBefore(stored.get().expiresAt()) ? Check.RIGHT : Check.EXPIRED;
    }

    /** A spent request keeps no usable code. */
    void discard(long requestId) {
        jdbc.sql("delete from confirmation_code where request_id = ?").param(requestId).update();
    }

    private record Stored(String hash, Instant expiresAt) {
    }

    private static String purpose(long requestId, Party party) {
        return "one-time-code:" + requestId + ":" + party;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
