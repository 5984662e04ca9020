package io.steward.assessment.internal;

import io.steward.customer.CustomerBook;
import io.steward.customer.CustomerFacts;
import io.steward.customer.CustomerTasks;
import io.steward.customer.CustomerTasks.NewTask;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every morning (and at start-up) a task for the practitioner of each customer whose assessment ends within 30 days:
 * "arrange a new one". The task stays until a new assessment takes effect. Several nodes run it without harm: it
 * runs under a PostgreSQL advisory lock, and a task already open is not raised twice.
 */
@Component
class AssessmentExpiryReminders {

    static final int WINDOW_DAYS = 30;
    private static final Logger log = LoggerFactory.getLogger(AssessmentExpiryReminders.class);
    private static final long LOCK = 0x5354455741534553L; // "STEWASES"

    private final JdbcClient jdbc;
    private final CustomerTasks tasks;
    private final CustomerBook book;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AssessmentExpiryReminders(JdbcClient jdbc, CustomerTasks tasks, CustomerBook book, TransactionTemplate transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.book = book;
        this.transactions = transactions;
        this.clock = clock;
    }

    static String taskKey(long assessmentId) {
        return "assessment-expiry:" + assessmentId;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        run();
    }

    @Scheduled(cron = "${steward.assessment.reminder-cron:0 30 6 * * *}", zone = "${steward.time-zone:Asia/Shanghai}")
    void daily() {
        run();
    }

    /** Raises the reminders due today; returns how many were new. */
    int run() {
        LocalDate today = LocalDate.now(clock);
        Integer raised = transactions.execute(status -> {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single();
            if (!locked) {
                return 0;
            }
            int count = 0;
            List<Due> due = jdbc.sql("""
                    select id, customer_id, valid_through from assessment
                    where status = 'EFFECTIVE' and valid_through >= ? and valid_through < ?""")
                    .params(today, today.plusDays(WINDOW_DAYS))
                    .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class))).list();
            for (Due assessment : due) {
                CustomerFacts customer = book.facts(assessment.customerId()).orElseThrow();
                if (tasks.raise(new NewTask(customer.id(), customer.practitioner(), "ASSESSMENT_EXPIRING",
                        "assessment.task.expiring", List.of(assessment.validThrough().toString()),
                        taskKey(assessment.id()), assessment.validThrough()))) {
                    count++;
                }
            }
            return count;
        });
        if (raised != null && raised > 0) {
            log.info("Raised {} reminders of assessments ending within {} days", raised, WINDOW_DAYS);
        }
        return raised == null ? 0 : raised;
    }

    private record Due(long id, long customerId, LocalDate validThrough) {
    }
}
