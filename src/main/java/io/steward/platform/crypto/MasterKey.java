package io.steward.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.core.env.Environment;

/**
 * The one secret Steward's encryption at rest stands on: {@code steward.crypto.key}, 32 random bytes in base64
 * (generate one with {@code openssl rand -base64 32}). Keys for each purpose (field encryption, lookup hashes,
 * one-time codes) are derived from it with HKDF-SHA256, so one configured value serves them all and none is reused
 * for two jobs.
 *
 * <p>In demo mode ({@code steward.demo.enabled=true}) and only there, a fixed, published demo key is used when none
 * is configured; anything encrypted with it is readable by anyone who has this source. Outside demo mode a missing
 * or malformed key stops the application at start-up.
 */
public final class MasterKey {

    /** SHA-256 of "Steward demo key: never use in production". Public on purpose: it protects nothing. */
    public static final String DEMO_KEY = "pO396NKn1WMQRPQk/7vtTCyTKPdx8o644NnH20jihnQ=";

    private final byte[] key;
    private final boolean demo;

    private MasterKey(byte[] key, boolean demo) {
        this.key = key;
        this.demo = demo;
    }

    public static MasterKey from(Environment environment) {
        String configured = environment.getProperty("steward.crypto.key");
        boolean demoMode = environment.getProperty("steward.demo.enabled", Boolean.class, false);
        if (configured == null || configured.isBlank()) {
            if (demoMode) {
                return new MasterKey(Base64.getDecoder().decode(DEMO_KEY), true);
            }
            throw new IllegalStateException("steward.crypto.key is not set. Steward encrypts identity and phone "
                    + "numbers at rest and will not start without a key outside demo mode: set STEWARD_CRYPTO_KEY to 32 "
                    + "random bytes in base64 (openssl rand -base64 32) and keep it in your secret store.");
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(configured.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("steward.crypto.key is not valid base64: expected 32 random bytes in base64 "
                    + "(openssl rand -base64 32).");
        }
        if (decoded.length != 32) {
            throw new IllegalStateException("steward.crypto.key must be 32 bytes (256 bits) in base64, found "
                    + decoded.length + " bytes (openssl rand -base64 32).");
        }
        return new MasterKey(decoded, false);
    }

    public boolean isDemoKey() {
        return demo;
    }

    /** HKDF-SHA256 (RFC 5869) with an empty salt: a 32-byte key for one named purpose. */
    byte[] derive(String purpose) {
        try {
            Mac extract = Mac.getInstance("HmacSHA256");
            extract.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
            byte[] prk = extract.doFinal(key);
            Mac expand = Mac.getInstance("HmacSHA256");
            expand.init(new SecretKeySpec(prk, "HmacSHA256"));
            expand.update(purpose.getBytes(StandardCharsets.UTF_8));
            expand.update((byte) 1);
            return expand.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
