package io.steward.management.internal;

import io.steward.management.Department;
import io.steward.management.internal.Meetings.Kind;
import io.steward.management.internal.Meetings.Schedule;
import io.steward.platform.DomainRefusal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Did the department keep its meeting cadence (Article 10)? For the weekly meeting every calendar week (Monday to
 * Sunday) needs one meeting held; for the daily meeting every business day (Monday to Friday — Steward keeps no
 * holiday calendar yet) needs one. A week or day with none is flagged as missed. A week counts once its scheduled
 * weekday has passed inside the range, a day once it is over (today counts only when its meeting is already held), and
 * nothing before the schedule's start counts.
 */
@Service
public class CadenceReport {

    public record Cadence(Kind kind, int expected, int held, List<LocalDate> missed) {
    }

    public record Report(LocalDate from, LocalDate to, List<Cadence> cadences) {
    }

    static final int MAX_DAYS = 400;

    private final Meetings meetings;
    private final Clock clock;

    CadenceReport(Meetings meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    public Report of(Department department, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw DomainRefusal.invalid("cadence-range", "Choose a range of at most " + MAX_DAYS + " days", MAX_DAYS);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to.isAfter(today) ? today : to;
        List<Cadence> cadences = new ArrayList<>();
        for (Schedule schedule : meetings.schedules(department)) {
            LocalDate start = from.isBefore(schedule.startsOn()) ? schedule.startsOn() : from;
            Set<LocalDate> held = meetings.heldDays(department, schedule.kind(), start, end);
            cadences.add(schedule.kind() == Kind.ALL_STAFF_WEEKLY ? weekly(start, end, today, schedule.weekday(), held)
                    : daily(start, end, today, held));
        }
        return new Report(from, end, cadences);
    }

    /** Weeks are named by their Monday. */
    static Cadence weekly(LocalDate from, LocalDate to, LocalDate today, DayOfWeek weekday, Set<LocalDate> held) {
        List<LocalDate> missed = new ArrayList<>();
        int expected = 0;
        int kept = 0;
        for (LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isAfter(to);
                monday = monday.plusWeeks(1)) {
            LocalDate first = monday.isBefore(from) ? from : monday;
            LocalDate last = monday.plusDays(6).isAfter(to) ? to : monday.plusDays(6);
            LocalDate scheduled = monday.with(TemporalAdjusters.nextOrSame(weekday));
            boolean heldThisWeek = held.stream().anyMatch(day -> !day.isBefore(first) && !day.isAfter(last));
            boolean due = !scheduled.isBefore(first) && !scheduled.isAfter(last) && scheduled.isBefore(today);
            if (heldThisWeek) {
                expected++;
                kept++;
            } else if (due) {
                expected++;
                missed.add(monday);
            }
        }
        return new Cadence(Kind.ALL_STAFF_WEEKLY, expected, kept, missed);
    }

    static Cadence daily(LocalDate from, LocalDate to, LocalDate today, Set<LocalDate> held) {
        List<LocalDate> missed = new ArrayList<>();
        int expected = 0;
        int kept = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (held.contains(day)) {
                expected++;
                kept++;
            } else if (BusinessDays.isBusinessDay(day) && day.isBefore(today)) {
                expected++;
                missed.add(day);
            }
        }
        return new Cadence(Kind.TEAM_MANAGERS_DAILY, expected, kept, missed);
    }
}
