package io.steward.product.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The file types an official material may have, recognised by their first bytes (a renamed executable stays an
 * executable, whatever its name says), and the file-name extensions that may go with each.
 */
enum MaterialFileType {

    PDF("application/pdf", Set.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", Set.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", Set.of("jpg", "jpeg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

    private final String contentType;
    private final Set<String> extensions;
    private final byte[] magic;

    MaterialFileType(String contentType, Set<String> extensions, byte[] magic) {
        this.contentType = contentType;
        this.extensions = extensions;
        this.magic = magic;
    }

    String contentType() {
        return contentType;
    }

    static Optional<MaterialFileType> of(byte[] content) {
        return Arrays.stream(values())
                .filter(type -> content.length >= type.magic.length
                        && Arrays.equals(content, 0, type.magic.length, type.magic, 0, type.magic.length))
                .findFirst();
    }

    /** A file name without an extension is accepted; one with an extension must name this type. */
    boolean matchesName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
