package io.steward.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 with a key derived from the master key: the lookup column next to an encrypted value (find a
 * customer by identity or phone number without decrypting every row) and the stored form of one-time codes. Without
 * the key, a dumped hash cannot be reversed by trying every phone number. {@code purpose} separates the uses: the
 * same phone number hashes differently as a customer's and as a referral's.
 */
public final class KeyedHashes {

    private final byte[] key;

    KeyedHashes(byte[] key) {
        this.key = key.clone();
    }

    /** 64 hex characters. */
    public String hash(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Compares in constant time, so the answer's timing says nothing about how much of the value was right. */
    public boolean matches(String purpose, String value, String expectedHash) {
        if (expectedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(purpose, value).getBytes(StandardCharsets.US_ASCII),
                expectedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
