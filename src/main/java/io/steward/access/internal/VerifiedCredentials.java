package io.steward.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Remembers, for a short while, username and password pairs that bcrypt has just accepted, so that HTTP Basic
 * clients (which send their password with every call) do not pay a deliberately slow bcrypt check per request.
 * Only a keyed hash of the pair is kept (the key is random per process), never the password. Any failed sign-in
 * for a username forgets its entries on this node; a lock or role change made on another node takes effect here
 * within the lifetime (default 30 s).
 */
@Component
class VerifiedCredentials {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(String username, Authentication authentication, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];
    private final Clock clock;
    private final Duration lifetime;

    VerifiedCredentials(Clock clock, @Value("${steward.security.verified-credentials-lifetime:30s}") Duration lifetime) {
        new SecureRandom().nextBytes(key);
        this.clock = clock;
        this.lifetime = lifetime;
    }

    Authentication find(String username, String password) {
        String fingerprint = fingerprint(username, password);
        Entry entry = entries.get(fingerprint);
        if (entry == null) {
            return null;
        }
        if (!entry.expires().isAfter(clock.instant())) {
            entries.remove(fingerprint, entry);
            return null;
        }
        return entry.authentication();
    }

    void remember(String username, String password, Authentication authentication) {
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            entries.values().removeIf(entry -> !entry.expires().isAfter(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(fingerprint(username, password), new Entry(username, authentication, clock.instant().plus(lifetime)));
    }

    void forget(String username) {
        entries.values().removeIf(entry -> entry.username().equals(username));
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
