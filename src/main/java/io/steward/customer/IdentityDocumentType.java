package io.steward.customer;

import java.util.regex.Pattern;

/**
 * The identity documents a customer (or a guardian) may present, with the formats Steward accepts. Numbers are
 * compared upper-case without spaces.
 * <ul>
 * <li>{@code PRC_RESIDENT_ID} — the 18-character resident identity card number (GB 11643-1999): 6-digit area code,
 * birth date YYYYMMDD, 3-digit sequence (odd for men, even for women), ISO 7064 MOD 11-2 check character (0–9 or X).
 * It must agree with the birth date and gender entered ({@link PrcResidentIdNumber}).</li>
 * <li>{@code PRC_PASSPORT} — ordinary passports {@code E} or {@code G} + 8 digits, e-passports {@code E} + a letter +
 * 7 digits, diplomatic/service/public-affairs passports {@code D}, {@code S}, {@code P} (optionally followed by
 * {@code E}) + 7 digits.</li>
 * <li>{@code HK_MACAO_PERMIT} — the Mainland Travel Permit for Hong Kong and Macao Residents: {@code H} or {@code M}
 * + 8 digits (10 digits on older cards).</li>
 * <li>{@code TAIWAN_PERMIT} — the Mainland Travel Permit for Taiwan Residents: 8 digits (10 on older cards).</li>
 * <li>{@code FOREIGN_PASSPORT} — 1 or 2 letters + 6 to 9 digits, or 6 to 12 letters and digits with at least one
 * digit: most national formats fit, and a clerk's typing error (spaces, punctuation) does not.</li>
 * </ul>
 */
public enum IdentityDocumentType {
    PRC_RESIDENT_ID("[0-9]{17}[0-9X]"),
    PRC_PASSPORT("[EG][0-9]{8}|E[A-Z][0-9]{7}|[DSP]E?[0-9]{7}"),
    HK_MACAO_PERMIT("[HM][0-9]{8}([0-9]{2})?"),
    TAIWAN_PERMIT("[0-9]{8}([0-9]{2})?"),
    FOREIGN_PASSPORT("[A-Z]{1,2}[0-9]{6,9}|(?=[A-Z0-9]*[0-9])[A-Z0-9]{6,12}");

    private final Pattern format;

    IdentityDocumentType(String format) {
        this.format = Pattern.compile(format);
    }

    /** Upper-case, without spaces and hyphens: the form numbers are stored, hashed and compared in. */
    public static String normalize(String number) {
        return number == null ? "" : number.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    public boolean matchesFormat(String normalizedNumber) {
        return format.matcher(normalizedNumber).matches();
    }
}
