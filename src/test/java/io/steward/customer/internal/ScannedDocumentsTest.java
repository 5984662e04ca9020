package io.steward.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScannedDocumentsTest {

    @Test
    void the_type_of_a_scan_is_read_from_its_first_bytes_not_from_its_name() {
        assertThat(ScannedDocuments.sniff("%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII))).contains("application/pdf");
        assertThat(ScannedDocuments.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00})).contains("image/jpeg");
        assertThat(ScannedDocuments.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .contains("image/png");
        assertThat(ScannedDocuments.sniff("<html><script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ScannedDocuments.sniff("MZ executable".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ScannedDocuments.sniff(new byte[] {'%', 'P'})).isEmpty();
    }
}
