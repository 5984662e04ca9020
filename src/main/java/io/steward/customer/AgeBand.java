package io.steward.customer;

import java.time.LocalDate;
import java.time.Period;

/** The age bands of the low-sensitivity view and the reports; the edges of MINOR and ELDER rules are band edges. */
public enum AgeBand {
    UNDER_18,
    FROM_18_TO_29,
    FROM_30_TO_44,
    FROM_45_TO_59,
    FROM_60_TO_64,
    FROM_65;

    public static AgeBand of(int age) {
        if (age < 18) {
            return UNDER_18;
        } else if (age < 30) {
            return FROM_18_TO_29;
        } else if (age < 45) {
            return FROM_30_TO_44;
        } else if (age < 60) {
            return FROM_45_TO_59;
        } else if (age < 65) {
            return FROM_60_TO_64;
        }
        return FROM_65;
    }

    /** Whole years completed on that day: a person turns 65 on their 65th birthday, not the day after. */
    public static int ageOn(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }
}
