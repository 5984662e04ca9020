package io.steward.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.platform.DocumentStore.StoredDocument;
import io.steward.platform.DocumentType;
import io.steward.platform.DomainRefusal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemDocumentStoreTest {

    @TempDir
    Path root;

    @Test
    void a_pdf_is_stored_with_its_hash_and_read_back() throws Exception {
        FileSystemDocumentStore store = new FileSystemDocumentStore(root, Clock.systemUTC());
        byte[] pdf = "%PDF-1.4\n% a tiny document\n".getBytes(StandardCharsets.US_ASCII);

        StoredDocument stored = store.store("materials", "leaflet.pdf", new ByteArrayInputStream(pdf), 1024,
                DocumentType.IMAGES_AND_PDF);

        assertThat(stored.type()).isEqualTo(DocumentType.PDF);
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        try (InputStream in = store.open(stored.reference())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
    }

    @Test
    void a_file_is_judged_by_its_bytes_not_its_name_and_a_refusal_leaves_nothing_behind() throws IOException {
        FileSystemDocumentStore store = new FileSystemDocumentStore(root, Clock.systemUTC());
        byte[] program = "MZ\u0090\u0000 definitely not a pdf".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> store.store("materials", "leaflet.pdf", new ByteArrayInputStream(program), 1024,
                DocumentType.IMAGES_AND_PDF))
                .isInstanceOf(DomainRefusal.class).extracting("code").isEqualTo("document-type");
        assertThat(filesUnder(root)).isZero();
    }

    @Test
    void a_file_over_the_limit_is_refused_and_removed() throws IOException {
        FileSystemDocumentStore store = new FileSystemDocumentStore(root, Clock.systemUTC());
        byte[] big = new byte[5000];
        System.arraycopy(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 0, big, 0, 3);

        assertThatThrownBy(() -> store.store("scans", "id.jpg", new ByteArrayInputStream(big), 4096,
                DocumentType.IMAGES_AND_PDF))
                .isInstanceOf(DomainRefusal.class).extracting("code").isEqualTo("document-too-large");
        assertThat(filesUnder(root)).isZero();
    }

    @Test
    void references_cannot_escape_the_store() {
        FileSystemDocumentStore store = new FileSystemDocumentStore(root, Clock.systemUTC());

        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(DomainRefusal.class);
    }

    @Test
    void recordings_are_recognised() {
        assertThat(DocumentType.sniff(new byte[] {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'})).contains(DocumentType.MP4);
        assertThat(DocumentType.sniff("ID3\u0004".getBytes(StandardCharsets.ISO_8859_1))).contains(DocumentType.MP3);
        assertThat(DocumentType.sniff("RIFF\0\0\0\0WAVE".getBytes(StandardCharsets.ISO_8859_1))).contains(DocumentType.WAV);
        assertThat(DocumentType.sniff(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3})).contains(DocumentType.WEBM);
        assertThat(DocumentType.sniff("hello".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    private static long filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
