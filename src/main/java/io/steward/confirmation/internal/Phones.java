package io.steward.confirmation.internal;

/** Where a code went, as the channel may show it: the first three and last four digits. */
final class Phones {

    private Phones() {
    }

    static String masked(String phone) {
        if (phone == null || phone.length() < 8) {
            return "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
