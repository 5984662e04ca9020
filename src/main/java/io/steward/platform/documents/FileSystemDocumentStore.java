package io.steward.platform.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Files under {@code steward.documents.dir} (default {@code ./var/documents}), two levels deep by the first hex
 * digits of their SHA-256. A file is written to a temporary name and moved into place, so a reader never sees half
 * of it. Several nodes share the directory (a network volume) safely: the same key always holds the same bytes.
 */
@Component
class FileSystemDocumentStore implements DocumentStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{64}");

    private final Path root;

    FileSystemDocumentStore(@Value("${steward.documents.dir:var/documents}") Path root) {
        this.root = root.toAbsolutePath();
    }

    @Override
    public StoredDocument store(byte[] content) {
        String sha256 = Sha256.of(content);
        String key = sha256.substring(0, 2) + "/" + sha256;
        Path target = root.resolve(key);
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path temporary = Files.createTempFile(target.getParent(), sha256, ".part");
                Files.write(temporary, content);
                move(temporary, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store a document under " + root, e);
        }
        return new StoredDocument(key, sha256, content.length);
    }

    @Override
    public byte[] read(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new MissingDocument(key, null);
        }
        try {
            return Files.readAllBytes(root.resolve(key));
        } catch (NoSuchFileException e) {
            throw new MissingDocument(key, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the document " + key, e);
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            // another writer stored the same bytes first, or the volume cannot move atomically
            if (Files.exists(target)) {
                Files.deleteIfExists(temporary);
            } else {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
