package io.steward.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for values kept at rest (identity numbers, phone numbers, scanned documents), so a database dump does
 * not leak them. Every value gets a fresh random 12-byte nonce; the {@code context} (for instance
 * {@code "customer.phone"}) is authenticated with it, so a ciphertext moved to another column does not decrypt.
 * Text values are stored as {@code v1.<base64(nonce | ciphertext | tag)>}; the version prefix leaves room for a key
 * rotation.
 */
public final class FieldEncryption {

    private static final String VERSION = "v1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    FieldEncryption(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    public String encrypt(String context, String plaintext) {
        return VERSION + Base64.getEncoder().encodeToString(encrypt(context, plaintext.getBytes(StandardCharsets.UTF_8)));
    }

    public String decrypt(String context, String stored) {
        if (!stored.startsWith(VERSION)) {
            throw new IllegalStateException("unknown encryption version for " + context);
        }
        return new String(decrypt(context, Base64.getDecoder().decode(stored.substring(VERSION.length()))),
                StandardCharsets.UTF_8);
    }

    public byte[] encrypt(String context, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed for " + context, e);
        }
    }

    public byte[] decrypt(String context, byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            // wrong key, wrong context or a tampered value: never return garbage
            throw new IllegalStateException("AES-GCM decryption failed for " + context, e);
        }
    }
}
