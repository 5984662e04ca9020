package io.steward.management;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Measures one {@link Metric} from Steward's own data, so target progress is computed, never typed in. The
 * management module measures CONTACTS and SATISFACTION from its own tables, SALES_VOLUME and NEW_CUSTOMERS from the
 * sales and the client book, AUM_GROWTH and QUALITY_CUSTOMERS through {@link AumFigures}. A metric without a source
 * is shown as "not yet measured", never as zero.
 */
public interface MetricSource {

    Metric metric();

    /**
     * The figure of these staff members (usernames) over the days {@code from} to {@code to}, both inclusive: a sum
     * for an additive metric, an average for SATISFACTION ({@code null} when there is nothing to average).
     */
    BigDecimal measure(Set<String> staff, LocalDate from, LocalDate to);
}
