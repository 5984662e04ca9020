package io.steward.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Documents generated from the code (the module diagram, the access table) are committed, and the suite never writes
 * a tracked file: a test generates the document, compares it with the committed copy and fails when they differ.
 * {@code -Dsteward.docs.update=true} writes the new copies instead.
 */
public final class CommittedDocs {

    private CommittedDocs() {
    }

    public static void assertCurrent(Map<Path, String> generated) {
        boolean update = Boolean.getBoolean("steward.docs.update");
        List<Path> stale = generated.entrySet().stream()
                .filter(doc -> !matches(doc.getKey(), doc.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        if (update) {
            stale.forEach(path -> write(path, generated.get(path)));
            return;
        }
        assertThat(stale)
                .as("generated docs differ from the committed copies; run ./mvnw test -Dtest=<this test> "
                        + "-Dsteward.docs.update=true and commit them")
                .isEmpty();
    }

    private static boolean matches(Path committed, String content) {
        try {
            return Files.exists(committed) && Files.readString(committed).equals(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path path, String content) {
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
