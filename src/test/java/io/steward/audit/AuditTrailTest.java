package io.steward.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.StewardApplication;
import io.steward.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

class AuditTrailTest extends IntegrationTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void each_event_links_to_the_one_before_it() {
        AuditRecord first = trail.record(AuditEntry.of("TEST_EVENT", "test", unique("s"), Map.of("n", 1)));
        AuditRecord second = trail.record(AuditEntry.of("TEST_EVENT", "test", unique("s"), Map.of("n", 2)));

        assertThat(second.seq()).isGreaterThan(first.seq());
        if (second.seq() == first.seq() + 1) {
            assertThat(second.prevHash()).isEqualTo(first.hash());
        }
        assertThat(first.hash()).hasSize(64).isNotEqualTo(second.hash());
        assertThat(first.actor()).isEqualTo("system");
    }

    @Test
    void concurrent_writers_keep_the_chain_intact() throws Exception {
        int threads = 16;
        int eventsPerThread = 50;
        long before = count();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int writer = t;
                writers.add(pool.submit(() -> IntStream.range(0, eventsPerThread).forEach(i -> {
                    if (i % 10 == 0) {
                        trail.recordAll(List.of(
                                AuditEntry.of("CONCURRENT", "writer", writer, Map.of("i", i, "batch", "a")),
                                AuditEntry.of("CONCURRENT", "writer", writer, Map.of("i", i, "batch", "b"))));
                    } else {
                        trail.record(AuditEntry.of("CONCURRENT", "writer", writer, Map.of("i", i)));
                    }
                })));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        }

        assertThat(count() - before).isEqualTo(threads * (eventsPerThread + eventsPerThread / 10));
        ChainVerification verification = trail.verify();
        assertThat(verification.intact()).as(verification.toString()).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(count());
    }

    @Test
    void a_rolled_back_append_leaves_no_gap_in_the_chain() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            trail.record(AuditEntry.of("ROLLED_BACK", "test", "rb", Map.of()));
            throw new IllegalStateException("the business change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.sql("select count(*) from audit_event where event_type = 'ROLLED_BACK'").query(Long.class).single())
                .isZero();
        trail.record(AuditEntry.of("AFTER_ROLLBACK", "test", "rb", Map.of()));
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void a_read_is_recorded_even_when_the_work_around_it_rolls_back() {
        String subject = unique("read");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            trail.recordRead(AuditEntry.of("CUSTOMER_VIEWED", "customer", subject, Map.of("view", "FULL")));
            trail.record(AuditEntry.of("SOMETHING_CHANGED", "customer", subject, Map.of()));
            throw new IllegalStateException("the change failed after the read");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.sql("select event_type from audit_event where subject_id = ?").param(subject)
                .query(String.class).list()).containsExactly("CUSTOMER_VIEWED");
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void a_read_recorded_after_a_change_in_the_same_transaction_does_not_wait_for_itself() {
        String subject = unique("order");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () ->
                transactions.executeWithoutResult(status -> {
                    trail.record(AuditEntry.of("SOMETHING_CHANGED", "customer", subject, Map.of()));
                    trail.recordRead(AuditEntry.of("CUSTOMER_VIEWED", "customer", subject, Map.of("view", "FULL")));
                }));

        assertThat(jdbc.sql("select event_type from audit_event where subject_id = ? order by seq").param(subject)
                .query(String.class).list()).containsExactly("SOMETHING_CHANGED", "CUSTOMER_VIEWED");
    }

    @Test
    void the_database_refuses_to_update_delete_or_truncate_events() {
        trail.record(AuditEntry.of("IMMUTABLE", "test", "x", Map.of()));

        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'mallory' where event_type = 'IMMUTABLE'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where event_type = 'IMMUTABLE'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void tampering_with_one_event_as_a_superuser_is_found_and_named() {
        AuditRecord victim = trail.record(AuditEntry.of("TAMPER_TARGET", "test", unique("t"), Map.of("amount", 100)));
        trail.record(AuditEntry.of("AFTER_TARGET", "test", "t", Map.of()));
        try {
            bypassingTheTrigger("update audit_event set details = '{\"amount\":1}' where seq = " + victim.seq());

            ChainVerification broken = trail.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenSeq()).isEqualTo(victim.seq());
            assertThat(broken.reason()).contains("content no longer matches");
            assertThat(as("compliance").get("/api/v1/audit/verify").json().get("firstBrokenSeq").asLong())
                    .isEqualTo(victim.seq());
        } finally {
            bypassingTheTrigger("update audit_event set details = '" + victim.details() + "' where seq = " + victim.seq());
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void deleting_an_event_as_a_superuser_is_found_at_the_gap() {
        AuditRecord victim = trail.record(AuditEntry.of("DELETE_TARGET", "test", unique("d"), Map.of()));
        AuditRecord next = trail.record(AuditEntry.of("AFTER_DELETE", "test", "d", Map.of()));
        try {
            bypassingTheTrigger("delete from audit_event where seq = " + victim.seq());

            ChainVerification broken = trail.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenSeq()).isEqualTo(next.seq());
            assertThat(broken.reason()).contains("missing");
        } finally {
            bypassingTheTrigger("insert into audit_event (seq, occurred_at, actor, event_type, subject_type, subject_id, details, prev_hash, hash) "
                    + "values (" + victim.seq() + ", '" + victim.occurredAt() + "', '" + victim.actor() + "', '" + victim.type()
                    + "', '" + victim.subjectType() + "', '" + victim.subjectId() + "', '" + victim.details() + "', '"
                    + victim.prevHash() + "', '" + victim.hash() + "')");
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void the_command_line_mode_prints_the_count_and_exits_zero_on_an_intact_chain() {
        trail.record(AuditEntry.of("CLI_CHECK", "test", "cli", Map.of()));
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exitCode;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ConfigurableApplicationContext command = new SpringApplicationBuilder(StewardApplication.class)
                    .web(WebApplicationType.NONE)
                    .profiles("test")
                    .properties("steward.command=audit-verify", "steward.demo.enabled=false")
                    .run("--audit-verify");
            exitCode = SpringApplication.exit(command);
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        assertThat(output).containsPattern("Audit chain: \\d+ events checked").contains("Audit chain: intact");
        assertThat(exitCode).isZero();
    }

    @Test
    void only_compliance_verifies_the_chain_over_the_api() {
        assertThat(as("compliance").get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
        assertThat(as("admin").get("/api/v1/audit/verify").status()).isEqualTo(403);
        assertThat(as("compliance").get("/api/v1/audit/events?type=STAFF_CREATED&limit=3").json().size()).isEqualTo(3);
    }

    /** What a superuser could do: switch the triggers off for the session and change the table directly. */
    private void bypassingTheTrigger(String sql) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql(sql).update();
        });
    }

    private long count() {
        return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
    }
}
