package io.steward.customer.internal;

/** A scanned copy as it is handed back to its reader: decrypted. */
public record ScannedDocument(String contentType, String fileName, byte[] content) {
}
