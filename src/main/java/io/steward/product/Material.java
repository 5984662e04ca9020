package io.steward.product;

import java.time.Instant;

/**
 * One version of an official material (MAT-1): who published it from which institution, the file and its SHA-256.
 * A newer version with the same title supersedes it; a superseded version stays downloadable for the record but is
 * no longer handed to customers.
 */
public record Material(
        long id,
        String productCode,
        String title,
        String version,
        String publisher,
        String publisherInstitution,
        Instant publishedAt,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        Long supersededBy,
        Instant supersededAt) {

    public boolean isCurrent() {
        return supersededAt == null;
    }
}
