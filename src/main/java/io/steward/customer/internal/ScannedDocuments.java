package io.steward.customer.internal;

import io.steward.customer.Guardians.Scan;
import io.steward.platform.DomainRefusal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Scanned copies of documents, kept in PostgreSQL with the bytes encrypted, so every node sees them and a dump does
 * not show them. Only PDF, JPEG and PNG of at most 5 MB are taken, and the file must really be what it says: the
 * type is read from the content's first bytes, not trusted from the upload.
 */
@Component
class ScannedDocuments {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final PersonalData personal;
    private final Clock clock;

    ScannedDocuments(JdbcClient jdbc, PersonalData personal, Clock clock) {
        this.jdbc = jdbc;
        this.personal = personal;
        this.clock = clock;
    }

    record Stored(long id, String contentType, String fileName, int size, String sha256) {
    }

    Stored store(long customerId, Scan scan, String uploadedBy) {
        byte[] content = scan.content() == null ? new byte[0] : scan.content();
        if (content.length == 0) {
            throw DomainRefusal.invalid("scan-empty", "The scanned copy is empty");
        }
        if (content.length > MAX_BYTES) {
            throw DomainRefusal.invalid("scan-too-large", "A scanned copy may be at most 5 MB", content.length);
        }
        String type = sniff(content).orElseThrow(() -> DomainRefusal.invalid("scan-type",
                "A scanned copy must be a PDF, JPEG or PNG file"));
        if (scan.contentType() != null && !scan.contentType().isBlank()
                && !scan.contentType().toLowerCase().startsWith(type)
                && !scan.contentType().toLowerCase().startsWith("application/octet-stream")) {
            throw DomainRefusal.invalid("scan-type", "A scanned copy must be a PDF, JPEG or PNG file");
        }
        String sha256 = sha256(content);
        String fileName = fileName(scan.fileName(), type);
        long id = jdbc.sql("""
                insert into customer_document (customer_id, content_type, file_name, size_bytes, sha256, content,
                    uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(customerId, type, fileName, content.length, sha256,
                        personal.encrypt(PersonalData.DOCUMENT, content), uploadedBy, OffsetDateTime.now(clock))
                .query(Long.class).single();
        return new Stored(id, type, fileName, content.length, sha256);
    }

    Optional<ScannedDocument> load(long customerId, long documentId) {
        return jdbc.sql("select content_type, file_name, content from customer_document where customer_id = ? and id = ?")
                .params(customerId, documentId)
                .query((rs, n) -> new ScannedDocument(rs.getString(1), rs.getString(2),
                        personal.decrypt(PersonalData.DOCUMENT, rs.getBytes(3))))
                .optional();
    }

    static Optional<String> sniff(byte[] content) {
        if (startsWith(content, new byte[] {'%', 'P', 'D', 'F', '-'})) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static String fileName(String given, String type) {
        String extension = switch (type) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            default -> ".png";
        };
        String base = given == null ? "" : given.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        if (base.isBlank()) {
            base = "scan" + extension;
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
