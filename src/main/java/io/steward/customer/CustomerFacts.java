package io.steward.customer;

import java.time.LocalDate;
import java.util.List;

/**
 * What other modules (assessment, sales, suitability) need to know about a customer to apply the rules: age on a
 * day, the assigned practitioner, the guardians of a minor, the funds with their purposes and horizons. Hands out no
 * identity or phone number. Reading it does not check the caller's scope: a module that shows it to a person asks
 * {@link CustomerAccess} first.
 */
public record CustomerFacts(long id, String number, String fullName, Gender gender, LocalDate birthDate,
        String practitioner, List<Fund> funds, List<GuardianFacts> guardians) {

    public CustomerFacts {
        funds = List.copyOf(funds);
        guardians = List.copyOf(guardians);
    }

    public int ageOn(LocalDate day) {
        return AgeBand.ageOn(birthDate, day);
    }

    /** Under 18 on that day (MINOR-1, ASSESS-4). */
    public boolean minorOn(LocalDate day) {
        return ageOn(day) < 18;
    }

    /** 65 or older on that day (ELDER-1, ELDER-2); a customer turns 65 on their birthday. */
    public boolean elderlyOn(LocalDate day) {
        return ageOn(day) >= 65;
    }

    public boolean hasVerifiedGuardian() {
        return guardians.stream().anyMatch(GuardianFacts::verified);
    }

    /** Surname and a star ({@code 王*}, {@code W*}): how the low-sensitivity view names a customer. */
    public String maskedName() {
        return maskName(fullName);
    }

    public static String maskName(String fullName) {
        String trimmed = fullName.strip();
        return trimmed.isEmpty() ? "*" : trimmed.substring(0, trimmed.offsetByCodePoints(0, 1)) + "*";
    }
}
