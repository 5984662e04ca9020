package io.steward.platform;

import java.io.InputStream;

/**
 * Where Steward keeps files it is handed: official materials, scanned guardian documents, recordings of sales,
 * generated application forms. Each file is checked (size, type from its first bytes, never from its name),
 * hashed with SHA-256 while it is written, and found again by an opaque reference. The default keeps files in a
 * folder ({@code steward.documents.dir}, {@code ./var/documents}); a bank would put an object store behind this.
 */
public interface DocumentStore {

    /**
     * Stores the content if it is no larger than {@code maxBytes} and of one of the allowed types; refuses it with a
     * {@link DomainRefusal} ({@code document-too-large}, {@code document-type}) otherwise, leaving nothing behind.
     */
    StoredDocument store(String category, String filename, InputStream content, long maxBytes,
            DocumentType... allowed);

    InputStream open(String reference);

    record StoredDocument(String reference, String filename, DocumentType type, long size, String sha256) {
    }
}
