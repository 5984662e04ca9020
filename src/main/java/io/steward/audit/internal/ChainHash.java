package io.steward.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The link of the chain: {@code hash = SHA-256(prevHash, seq, occurredAt in epoch microseconds, actor, type,
 * subjectType, subjectId, details)}, every field length-prefixed so no two different events can produce the same
 * input. Not thread-safe (it reuses its digest and buffer); one per appending or verifying thread.
 */
final class ChainHash {

    static final String GENESIS = "0".repeat(64);
    private static final HexFormat HEX = HexFormat.of();

    private final MessageDigest sha256;
    private final StringBuilder input = new StringBuilder(512);

    ChainHash() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    String of(String prevHash, long seq, long occurredAtMicros, String actor, String type, String subjectType,
            String subjectId, String details) {
        input.setLength(0);
        field(prevHash);
        field(Long.toString(seq));
        field(Long.toString(occurredAtMicros));
        field(actor);
        field(type);
        field(subjectType);
        field(subjectId);
        field(details);
        byte[] digest = sha256.digest(input.toString().getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(digest);
    }

    private void field(String value) {
        input.append(value.length()).append(':').append(value).append('|');
    }
}
