package io.steward.customer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * The PRC resident identity number (GB 11643-1999): {@code AAAAAA YYYYMMDD SSS C}. The area code's first digit is
 * 1–9; the birth date is a real date; the sequence's parity gives the gender (odd: male); the last character is the
 * ISO 7064 MOD 11-2 check character over the first 17 digits (weights 2^(17-i) mod 11, check = (12 - sum mod 11)
 * mod 11, written X for 10).
 */
public final class PrcResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Why a number is refused, in the order they are checked. */
    public enum Problem {
        FORMAT,
        CHECK_CHARACTER,
        BIRTH_DATE,
        GENDER
    }

    private PrcResidentIdNumber() {
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    /** Builds a valid number: for tests and the demo bank. */
    public static String generate(String areaCode, LocalDate birthDate, int sequence) {
        String first17 = areaCode + birthDate.format(BIRTH_DATE) + String.format("%03d", sequence);
        return first17 + checkCharacter(first17);
    }

    public static Optional<LocalDate> birthDateOf(String number) {
        try {
            return Optional.of(LocalDate.parse(number.substring(6, 14), BIRTH_DATE));
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    public static Gender genderOf(String number) {
        return (number.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /**
     * The first problem with this (normalized) number for a person with that birth date and gender (either may be
     * null when not known, as for a guardian), or empty when it is valid.
     */
    public static Optional<Problem> problemWith(String number, LocalDate birthDate, Gender gender) {
        if (!IdentityDocumentType.PRC_RESIDENT_ID.matchesFormat(number) || number.charAt(0) == '0') {
            return Optional.of(Problem.FORMAT);
        }
        if (checkCharacter(number.substring(0, 17)) != number.charAt(17)) {
            return Optional.of(Problem.CHECK_CHARACTER);
        }
        Optional<LocalDate> embedded = birthDateOf(number);
        if (embedded.isEmpty() || embedded.get().getYear() < 1900
                || (birthDate != null && !embedded.get().equals(birthDate))) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        if (gender != null && genderOf(number) != gender) {
            return Optional.of(Problem.GENDER);
        }
        return Optional.empty();
    }
}
