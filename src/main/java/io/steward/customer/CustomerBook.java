package io.steward.customer;

import java.util.List;
import java.util.Optional;

/**
 * Customer facts for other modules, without scope checks (the caller has done them through {@link CustomerAccess}
 * or acts for the system), and the registered phone numbers the customer channel sends codes to.
 */
public interface CustomerBook {

    Optional<CustomerFacts> facts(long customerId);

    Optional<CustomerFacts> facts(String number);

    /**
     * The customer's registered phone and their guardians' phones, decrypted: only for sending a one-time code
     * through the customer channel. Never show or log them.
     */
    ChannelContacts channelContacts(long customerId);

    record ChannelContacts(long customerId, String number, String maskedName, String phone,
            List<GuardianContact> guardians) {
    }

    record GuardianContact(long guardianId, String fullName, GuardianRelationship relationship, boolean verified,
            String phone) {
    }
}
