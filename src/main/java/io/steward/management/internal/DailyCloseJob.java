package io.steward.management.internal;

import io.steward.management.Department;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Closes every department's business day at its end (default 18:30 Shanghai time, Monday to Friday; set
 * {@code steward.management.daily-close.cron}). Every node runs the job; the report of a department and day is written
 * once whichever node comes first, the others find it kept.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DailyCloseJob {

    private static final Logger log = LoggerFactory.getLogger(DailyCloseJob.class);

    private final Departments departments;
    private final DailyCloses closes;
    private final Clock clock;

    DailyCloseJob(Departments departments, DailyCloses closes, Clock clock) {
        this.departments = departments;
        this.closes = closes;
        this.clock = clock;
    }

    @Scheduled(cron = "${steward.management.daily-close.cron:0 30 18 * * MON-FRI}",
            zone = "${steward.time-zone:Asia/Shanghai}")
    void closeTheDay() {
        LocalDate today = LocalDate.now(clock);
        if (!BusinessDays.isBusinessDay(today)) {
            return;
        }
        for (Department department : departments.all()) {
            try {
                closes.keep(department, today, "steward");
            } catch (RuntimeException e) {
                log.error("Daily close of {} for {} failed", department.manager(), today, e);
            }
        }
    }
}
