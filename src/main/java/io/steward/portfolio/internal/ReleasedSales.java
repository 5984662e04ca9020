package io.steward.portfolio.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.sales.SaleReleased;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A released sale becomes a holding in the same transaction as the release. Units are bought at the initial net
 * asset value of 1.0000 per unit (the price core banking's next valuation file replaces with the real one); cost and
 * market value are the amount, valued on the release day.
 */
@Component
class ReleasedSales {

    static final BigDecimal INITIAL_NAV = new BigDecimal("1.0000");

    private final HoldingRows holdings;
    private final AuditTrail audit;
    private final Clock clock;

    ReleasedSales(HoldingRows holdings, AuditTrail audit, Clock clock) {
        this.holdings = holdings;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void released(SaleReleased sale) {
        LocalDate day = LocalDate.ofInstant(sale.releasedAt(), clock.getZone());
        BigDecimal units = sale.amount().divide(INITIAL_NAV, 4, RoundingMode.HALF_DOWN);
        holdings.bought(sale.customerId(), sale.productCode(), sale.fundId(), units, sale.amount(), day,
                OffsetDateTime.now(clock));
        audit.record(AuditEntry.of("HOLDING_BOUGHT", "customer", sale.customerNumber(), Map.of(
                "case", sale.caseNumber(), "product", sale.productCode(), "fund", sale.fundId(),
                "amount", sale.amount().toPlainString(), "units", units.toPlainString())));
    }
}
