package io.steward.management.internal;

import io.steward.platform.DomainRefusal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A target period: a month ({@code 2025-06}), a quarter ({@code 2025-Q2}) or a year ({@code 2025}). */
public record Period(Kind kind, LocalDate start, LocalDate end) {

    public enum Kind {
        MONTH,
        QUARTER,
        YEAR
    }

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public static Period parse(Kind kind, String text) {
        try {
            return switch (kind) {
                case MONTH -> month(YearMonth.parse(text.trim()));
                case QUARTER -> {
                    Matcher m = QUARTER.matcher(text.trim());
                    if (!m.matches()) {
                        throw new DateTimeParseException("quarter", text, 0);
                    }
                    LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
                    yield new Period(Kind.QUARTER, start, start.plusMonths(3).minusDays(1));
                }
                case YEAR -> {
                    LocalDate start = LocalDate.of(Integer.parseInt(text.trim()), 1, 1);
                    yield new Period(Kind.YEAR, start, start.plusYears(1).minusDays(1));
                }
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw DomainRefusal.invalid("management-period", "Not a " + kind + " period: " + text, kind, text);
        }
    }

    public static Period month(YearMonth month) {
        return new Period(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /** The period of this kind that contains the day. */
    public static Period containing(Kind kind, LocalDate day) {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(day));
            case QUARTER -> parse(Kind.QUARTER, day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1));
            case YEAR -> parse(Kind.YEAR, String.valueOf(day.getYear()));
        };
    }

    public String label() {
        return switch (kind) {
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
