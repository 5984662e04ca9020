package io.steward.management.internal;

import io.steward.management.Department;
import io.steward.management.Metric;
import io.steward.management.internal.DailyCloses.DailyClose;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the manager's dashboard shows: this month's department targets against the actual figures, the daily trend
 * of the last 30 kept daily closes (contacts, surveys, campaign conversions, sales and their volume), and the ranking of teams and staff by their average target completion (measured
 * metrics only).
 */
@Service
@Transactional(readOnly = true)
public class Dashboards {

    static final int TREND_DAYS = 30;

    public record TargetBar(Metric metric, BigDecimal target, BigDecimal actual, boolean measured, BigDecimal completion) {
    }

    /** One kept day: its counts, and the volume it released (CNY). Days closed before a section existed have null. */
    public record TrendPoint(LocalDate day, BigDecimal contacts, BigDecimal surveys, BigDecimal conversions,
            BigDecimal sales, BigDecimal volume) {
    }

    public record Rank(String level, String subject, BigDecimal completion, int targets) {
    }

    public record ManagerDashboard(Department department, Period month, List<TargetBar> targets, List<TrendPoint> trend,
            List<Rank> teams, List<Rank> staff) {
    }

    private final Targets targets;
    private final DailyCloses closes;
    private final Clock clock;

    Dashboards(Targets targets, DailyCloses closes, Clock clock) {
        this.targets = targets;
        this.closes = closes;
        this.clock = clock;
    }

    public ManagerDashboard manager(Department department) {
        LocalDate today = LocalDate.now(clock);
        Period month = Period.containing(Period.Kind.MONTH, today);
        List<TargetView> views = targets.progress(department, month).stream()
                .filter(view -> view.periodKind() == Period.Kind.MONTH && view.periodStart().equals(month.start())).toList();
        List<TargetBar> bars = views.stream().filter(view -> view.level().equals("DEPARTMENT"))
                .map(view -> new TargetBar(view.metric(), view.target(), view.actual(), view.measured(), view.completion()))
                .toList();
        List<TrendPoint> trend = new ArrayList<>();
        for (DailyClose close : closes.kept(department, today.minusDays(TREND_DAYS), today)) {
            trend.add(new TrendPoint(close.day(), close.figure("contacts", "management.close.contacts.total"),
                    close.figure("satisfaction", "management.close.satisfaction.surveys"),
                    close.figure("campaigns", "management.close.campaigns.conversions"),
                    close.figure("sales", "management.close.sales.count"),
                    close.figure("sales", "management.close.sales.volume")));
        }
        return new ManagerDashboard(department, month, bars, trend, ranking(views, "TEAM"), ranking(views, "INDIVIDUAL"));
    }

    static List<Rank> ranking(List<TargetView> views, String level) {
        Map<String, List<TargetView>> bySubject = views.stream()
                .filter(view -> view.level().equals(level) && view.completion() != null)
                .collect(Collectors.groupingBy(TargetView::subject));
        List<Rank> ranks = new ArrayList<>();
        bySubject.forEach((subject, list) -> {
            OptionalDouble average = list.stream().mapToDouble(view -> view.completion().doubleValue()).average();
            ranks.add(new Rank(level, subject, BigDecimal.valueOf(average.orElse(0)).setScale(1, RoundingMode.HALF_UP),
                    list.size()));
        });
        ranks.sort(Comparator.comparing(Rank::completion).reversed().thenComparing(Rank::subject));
        return ranks;
    }
}
