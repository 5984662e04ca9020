package io.steward.product.internal;

import io.steward.platform.DocumentType;
import io.steward.platform.DomainRefusal;
import io.steward.product.OfficialMaterials;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an official material's file must be: present, at most 10 MB, a PDF, PNG or JPEG by its first bytes (a renamed
 * file stays what it is), with a name that does not claim another type. Refusals name the material's rules; the
 * document store checks type and size once more when it writes the file.
 */
final class MaterialFiles {

    static final DocumentType[] ALLOWED = DocumentType.IMAGES_AND_PDF;

    private static final Map<DocumentType, Set<String>> EXTENSIONS = Map.of(
            DocumentType.PDF, Set.of("pdf"),
            DocumentType.PNG, Set.of("png"),
            DocumentType.JPEG, Set.of("jpg", "jpeg"));

    private MaterialFiles() {
    }

    static DocumentType checked(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            throw DomainRefusal.invalid("material-file-missing", "Choose the file to publish");
        }
        if (content.length > OfficialMaterials.MAX_BYTES) {
            throw DomainRefusal.invalid("material-file-too-large", "A material is at most 10 MB", content.length);
        }
        DocumentType type = DocumentType.sniff(java.util.Arrays.copyOf(content, Math.min(16, content.length)))
                .filter(EXTENSIONS::containsKey)
                .orElseThrow(() -> DomainRefusal.invalid("material-file-type", "A material is a PDF, PNG or JPEG file"));
        if (fileName != null && !matchesName(type, fileName)) {
            throw DomainRefusal.invalid("material-file-name", "The file is a " + type + " but its name says otherwise",
                    type, fileName);
        }
        return type;
    }

    /** The name it is downloaded under: the uploaded name without any path, or one made from its type. */
    static String downloadName(String uploaded, DocumentType type) {
        String name = uploaded == null ? "" : uploaded.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            return "material." + EXTENSIONS.get(type).iterator().next();
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A file name without an extension is accepted; one with an extension must name the type. */
    private static boolean matchesName(DocumentType type, String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || EXTENSIONS.get(type).contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
