package io.steward.platform.internal;

import io.steward.platform.DocumentStore;
import io.steward.platform.DocumentType;
import io.steward.platform.DomainRefusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Files in a folder: {@code <dir>/<category>/<year>/<uuid>}, written to a temporary file and moved into place. */
@Component
class FileSystemDocumentStore implements DocumentStore {

    private static final int HEAD = 16;

    private final Path root;
    private final Clock clock;

    FileSystemDocumentStore(@Value("${steward.documents.dir:var/documents}") Path root, Clock clock) {
        this.root = root.toAbsolutePath();
        this.clock = clock;
    }

    @Override
    public StoredDocument store(String category, String filename, InputStream content, long maxBytes,
            DocumentType... allowed) {
        if (maxBytes < HEAD) {
            throw new IllegalArgumentException("maxBytes must allow at least " + HEAD + " bytes");
        }
        if (!category.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("category must be a simple lower-case name: " + category);
        }
        String reference = category + "/" + LocalDate.now(clock).getYear() + "/" + UUID.randomUUID();
        Path target = root.resolve(reference);
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), ".upload", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[HEAD];
            int headLength = content.readNBytes(head, 0, HEAD);
            DocumentType type = DocumentType.sniff(Arrays.copyOf(head, headLength))
                    .filter(sniffed -> Arrays.asList(allowed).contains(sniffed))
                    .orElseThrow(() -> DomainRefusal.invalid("document-type",
                            "This kind of file is not accepted here", Arrays.toString(allowed)));
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha256)) {
                out.write(head, 0, headLength);
                size = headLength + copyAtMost(content, out, maxBytes - headLength, maxBytes);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
            return new StoredDocument(reference, filename, type, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not store " + filename, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a leftover .part file is harmless and never referenced
                }
            }
        }
    }

    private static long copyAtMost(InputStream in, OutputStream out, long limit, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            copied += read;
            if (copied > limit) {
                throw DomainRefusal.invalid("document-too-large", "The file is larger than allowed", maxBytes / (1024 * 1024));
            }
            out.write(buffer, 0, read);
        }
        return copied;
    }

    @Override
    public InputStream open(String reference) {
        Path file = root.resolve(reference).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            throw DomainRefusal.notFound("unknown-document", "No such document");
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
