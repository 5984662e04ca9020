package io.steward.platform.documents;

/**
 * Where Steward keeps files (official materials, and later application forms and recordings). Content-addressed:
 * a file is stored under its SHA-256, so storing the same bytes twice keeps one copy and a stored file is never
 * overwritten. The database records the key and the hash; the store only holds bytes.
 */
public interface DocumentStore {

    StoredDocument store(byte[] content);

    /** The bytes stored under the key; refuses with {@link MissingDocument} when there are none. */
    byte[] read(String key);

    record StoredDocument(String key, String sha256, long size) {
    }

    class MissingDocument extends RuntimeException {

        public MissingDocument(String key, Throwable cause) {
            super("No stored document under " + key, cause);
        }
    }
}
