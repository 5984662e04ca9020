package io.steward.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.platform.DomainRefusal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The import's and the scan's lifecycles read from their tables, as the sales case's does. */
class LifecyclesTest {

    @Test
    void a_checked_import_is_applied_or_abandoned_once_and_then_never_again() {
        HoldingImport checked = anImport(ImportState.VALIDATED, 0);

        assertThat(checked.awaitingDecision()).isTrue();
        assertThat(checked.decide(ImportState.APPLIED, false)).isEqualTo(ImportState.APPLIED);
        assertThat(checked.decide(ImportState.ABANDONED, false)).isEqualTo(ImportState.ABANDONED);
        for (ImportState decided : EnumSet.of(ImportState.APPLIED, ImportState.ABANDONED, ImportState.FAILED)) {
            assertThat(decided.isFinal()).isTrue();
            assertThatThrownBy(() -> anImport(decided, 0).decide(ImportState.APPLIED, true))
                    .isInstanceOf(DomainRefusal.class).extracting("code").isEqualTo("holdings-import-decided");
        }
        assertThatThrownBy(() -> anImport(ImportState.UPLOADED, 0).decide(ImportState.ABANDONED, false))
                .as("not checked yet").isInstanceOf(DomainRefusal.class);
    }

    @Test
    void a_file_with_bad_lines_is_applied_only_when_they_are_skipped_on_purpose() {
        HoldingImport withBadLines = anImport(ImportState.VALIDATED, 3);

        assertThatThrownBy(() -> withBadLines.decide(ImportState.APPLIED, false)).isInstanceOf(DomainRefusal.class)
                .extracting("code").isEqualTo("holdings-import-bad-lines");
        assertThat(withBadLines.decide(ImportState.APPLIED, true)).isEqualTo(ImportState.APPLIED);
        assertThat(withBadLines.decide(ImportState.ABANDONED, false)).isEqualTo(ImportState.ABANDONED);
    }

    @Test
    void a_scan_is_queued_run_by_one_node_and_ends_completed_or_failed() {
        assertThat(ScanState.QUEUED.mayMoveTo(ScanState.RUNNING)).isTrue();
        assertThat(ScanState.QUEUED.mayMoveTo(ScanState.COMPLETED)).isFalse();
        assertThat(ScanState.RUNNING.mayMoveTo(ScanState.COMPLETED)).isTrue();
        assertThat(ScanState.RUNNING.mayMoveTo(ScanState.FAILED)).isTrue();
        assertThat(Arrays.stream(ScanState.values()).filter(ScanState::isFinal))
                .containsExactly(ScanState.COMPLETED, ScanState.FAILED);
    }

    @Test
    void a_running_scan_goes_find_record_tasks_done() {
        assertThat(ScanStep.FIND.next()).isEqualTo(ScanStep.RECORD);
        assertThat(ScanStep.RECORD.next()).isEqualTo(ScanStep.TASKS);
        assertThat(ScanStep.TASKS.next()).isEqualTo(ScanStep.DONE);
        assertThatThrownBy(ScanStep.DONE::next).isInstanceOf(IllegalStateException.class);
    }

    private static HoldingImport anImport(ImportState state, int badLines) {
        return new HoldingImport(1, "holdings.csv", "0".repeat(64), state, 10, badLines, null, null, null, null, "admin",
                Instant.parse("2026-06-30T02:00:00Z"), null, null, null, null);
    }
}
