package io.steward.platform;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** The file types Steward accepts, recognised by their first bytes. */
public enum DocumentType {
    PDF("application/pdf"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    MP4("video/mp4"),
    WEBM("video/webm"),
    MP3("audio/mpeg"),
    WAV("audio/wav"),
    M4A("audio/mp4");

    public static final DocumentType[] IMAGES_AND_PDF = {PDF, PNG, JPEG};
    public static final DocumentType[] RECORDINGS = {MP4, WEBM, MP3, WAV, M4A};

    private final String mediaType;

    DocumentType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** What the first (at most 16) bytes of a file say it is. */
    public static Optional<DocumentType> sniff(byte[] head) {
        if (startsWith(head, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(head, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3})) {
            return Optional.of(WEBM);
        }
        if (startsWith(head, 0, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && startsWith(head, 8, "WAVE".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(WAV);
        }
        if (startsWith(head, 4, "ftyp".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(startsWith(head, 8, "M4A".getBytes(StandardCharsets.US_ASCII)) ? M4A : MP4);
        }
        if (startsWith(head, 0, "ID3".getBytes(StandardCharsets.US_ASCII))
                || head.length > 1 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0) {
            return Optional.of(MP3);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        return data.length >= offset + prefix.length
                && Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
