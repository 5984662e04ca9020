package io.steward.management;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Assets under management (AUM) of practitioners' books, in CNY, at the end of a day: what AUM_GROWTH,
 * QUALITY_CUSTOMERS, the daily close's AUM change and a campaign segment's AUM band are measured with. A customer's
 * AUM counts for the practitioner the customer is assigned to today.
 *
 * <p>The portfolio module answers with the market value of the holdings (management does not depend on it).
 */
public interface AumFigures {

    /** Per customer assigned today to these practitioners, their AUM at the end of the day; no assets: no entry. */
    Map<Long, BigDecimal> aumByCustomer(Set<String> practitioners, LocalDate day);

    /** The AUM of these practitioners' books at the end of the day. */
    default BigDecimal aumOn(Set<String> practitioners, LocalDate day) {
        return aumByCustomer(practitioners, day).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** How many customers of these practitioners hold at least {@code threshold} at the end of the day. */
    default long customersWithAumAtLeast(Set<String> practitioners, BigDecimal threshold, LocalDate day) {
        return aumByCustomer(practitioners, day).values().stream().filter(aum -> aum.compareTo(threshold) >= 0).count();
    }
}
