package io.steward.customer;

import io.steward.platform.DomainRefusal;

/**
 * A registered phone number: a mainland mobile number (11 digits starting 13–19, with or without +86) or an
 * international number in E.164 form (+ and 8 to 15 digits). Spaces, hyphens and brackets are ignored; the stored
 * form is the 11 digits, or + and the digits.
 */
public final class PhoneNumber {

    private PhoneNumber() {
    }

    public static String normalize(String raw) {
        String compact = raw == null ? "" : raw.replaceAll("[\\s()\\-]", "");
        if (compact.matches("(\\+?86)?1[3-9][0-9]{9}")) {
            return compact.substring(compact.length() - 11);
        }
        if (compact.matches("\\+[1-9][0-9]{7,14}")) {
            return compact;
        }
        throw DomainRefusal.invalid("phone-format", "Enter a mainland mobile number (11 digits) or +country code and number");
    }

    /** Shows the first three and last four digits: enough to tell a customer where a code went. */
    public static String masked(String normalized) {
        if (normalized.length() < 8) {
            return "****";
        }
        return normalized.substring(0, 3) + "****" + normalized.substring(normalized.length() - 4);
    }
}
