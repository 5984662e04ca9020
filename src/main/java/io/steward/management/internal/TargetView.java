package io.steward.management.internal;

import io.steward.management.Metric;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A target with its progress: the actual figure measured from Steward's data, or {@code measured = false} when no
 * module measures that metric yet (the page says "not yet measured", never zero).
 */
public record TargetView(long id, String level, String subject, Long parentId, Period.Kind periodKind,
        LocalDate periodStart, LocalDate periodEnd, Metric metric, BigDecimal target, boolean measured,
        BigDecimal actual, BigDecimal completion) {

    static TargetView of(TargetRow row, boolean measured, BigDecimal actual) {
        BigDecimal completion = null;
        if (measured && actual != null && row.target().signum() > 0) {
            completion = actual.multiply(BigDecimal.valueOf(100)).divide(row.target(), 1, RoundingMode.HALF_UP);
        }
        return new TargetView(row.id(), row.level(), row.subject(), row.parentId(), row.periodKind(), row.periodStart(),
                row.periodEnd(), row.metric(), row.target(), measured, measured && actual == null && row.metric().additive()
                        ? BigDecimal.ZERO : actual, completion);
    }

    record TargetRow(long id, String level, String subject, Long parentId, Period.Kind periodKind,
            LocalDate periodStart, LocalDate periodEnd, Metric metric, BigDecimal target) {
    }
}
