package io.steward.product.web;

import io.steward.product.OfficialMaterials.MaterialFile;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored material as a download: its type, its name, and its SHA-256 as the entity tag. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> of(MaterialFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .eTag("\"" + file.sha256() + "\"")
                .body(file.content());
    }
}
