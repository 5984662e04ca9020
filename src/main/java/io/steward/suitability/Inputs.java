package io.steward.suitability;

import java.util.Objects;

/** Structural checks shared by the input records; business refusals are decisions, not exceptions. */
final class Inputs {

    private Inputs() {
    }

    static <T> T required(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " is required");
    }

    /** An ISO 4217 alphabetic code such as CNY or USD; the engine only compares codes. */
    static String currencyCode(String code, String name) {
        required(code, name);
        if (code.length() != 3
                || !isUpperAsciiLetter(code.charAt(0))
                || !isUpperAsciiLetter(code.charAt(1))
                || !isUpperAsciiLetter(code.charAt(2))) {
            throw new IllegalArgumentException(name + " must be a three-letter ISO 4217 code such as CNY, got '" + code + "'");
        }
        return code;
    }

    private static boolean isUpperAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
