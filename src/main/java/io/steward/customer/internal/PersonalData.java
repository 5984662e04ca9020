package io.steward.customer.internal;

import io.steward.platform.crypto.FieldEncryption;
import io.steward.platform.crypto.KeyedHashes;
import org.springframework.stereotype.Component;

/**
 * Identity numbers and phone numbers at rest: encrypted (AES-GCM) for reading back, and a keyed hash for finding.
 * Each column has its own context, so a value copied into another column does not decrypt. None of these values is
 * ever logged or put into the audit trail.
 */
@Component
class PersonalData {

    static final String CUSTOMER_IDENTITY = "customer.identity";
    static final String CUSTOMER_PHONE = "customer.phone";
    static final String GUARDIAN_IDENTITY = "guardian.identity";
    static final String GUARDIAN_PHONE = "guardian.phone";
    static final String REFERRAL_PHONE = "referral.phone";
    static final String DOCUMENT = "customer.document";

    private final FieldEncryption encryption;
    private final KeyedHashes hashes;

    PersonalData(FieldEncryption encryption, KeyedHashes hashes) {
        this.encryption = encryption;
        this.hashes = hashes;
    }

    String encrypt(String context, String value) {
        return encryption.encrypt(context, value);
    }

    String decrypt(String context, String stored) {
        return encryption.decrypt(context, stored);
    }

    byte[] encrypt(String context, byte[] value) {
        return encryption.encrypt(context, value);
    }

    byte[] decrypt(String context, byte[] stored) {
        return encryption.decrypt(context, stored);
    }

    /** The lookup hash of an identity number: the same for a customer and a guardian, so one can be found as both. */
    String identityHash(String normalizedNumber) {
        return hashes.hash("identity", normalizedNumber);
    }

    String phoneHash(String normalizedPhone) {
        return hashes.hash("phone", normalizedPhone);
    }
}
