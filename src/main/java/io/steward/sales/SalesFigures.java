package io.steward.sales;

import io.steward.product.RiskLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aggregates of sales cases for the department manager's figures (targets, the daily close, campaign effects) and a
 * practitioner's own dashboard: counts and sums, never a case. A sale counts on the day it was released to core
 * banking, in the time zone of Steward's clock; a released sale is final (it cannot be cancelled afterwards). Amounts
 * are summed in one currency only: nothing is converted.
 */
public interface SalesFigures {

    /** The sum of the sales these practitioners released from {@code from} to {@code to} (both included). */
    BigDecimal releasedVolume(Set<String> practitioners, LocalDate from, LocalDate to, String currency);

    /**
     * The sales these practitioners released from {@code from} to {@code to}, by the product's risk level on the
     * shelf and by currency, lowest risk level first.
     */
    List<ByRiskLevel> releasedByRiskLevel(Set<String> practitioners, LocalDate from, LocalDate to);

    /** The sales released to these customers from {@code from} to {@code to}, whoever sold them, oldest first. */
    List<ReleasedSale> releasedTo(Collection<Long> customerIds, LocalDate from, LocalDate to);

    /** A practitioner's cases still under way (neither denied, released nor cancelled), counted by state. */
    Map<CaseState, Long> openCasesOf(String practitioner);

    record ByRiskLevel(RiskLevel riskLevel, String currency, long sales, BigDecimal volume) {
    }

    record ReleasedSale(String caseNumber, long customerId, String practitioner, String productCode, BigDecimal amount,
            String currency, LocalDate releasedOn) {
    }
}
