package io.steward.management.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday to Friday. Steward keeps no holiday calendar yet; public holidays count as business days. */
public final class BusinessDays {

    private BusinessDays() {
    }

    public static boolean isBusinessDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    public static LocalDate previousBusinessDay(LocalDate day) {
        LocalDate previous = day.minusDays(1);
        while (!isBusinessDay(previous)) {
            previous = previous.minusDays(1);
        }
        return previous;
    }
}
