package io.steward.product;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A product on the shelf with every fact a sale needs: its risk level, term (days the money is locked; 0 for
 * open-ended daily liquidity), capital protection, minimum amount, sale window, cooling-off period (COOL-1) and the
 * disclosure elements (CONF-2). {@code version} changes with every change, for optimistic concurrency.
 *
 * @param saleWindow {@code null} while a draft has none yet
 */
public record Product(
        String code,
        String name,
        String issuer,
        ProductType type,
        RiskLevel riskLevel,
        int termDays,
        boolean capitalProtected,
        BigDecimal minimumAmount,
        String currency,
        SaleWindow saleWindow,
        int coolingOffHours,
        ProductStatus status,
        Disclosure disclosure,
        long version) {

    /** PROD-1: ACTIVE and inside its sale window on that day (the minimum amount is the caller's to compare). */
    public boolean onSaleOn(LocalDate day) {
        return status == ProductStatus.ACTIVE && saleWindow != null && saleWindow.contains(day);
    }

    /** COOL-1: the customer may cancel within this period and the order waits for its end. */
    public boolean hasCoolingOff() {
        return coolingOffHours > 0;
    }

    public boolean openEnded() {
        return termDays == 0;
    }

    /** What keeps this product from going on the shelf: missing disclosure elements and a missing sale window. */
    public List<String> missingForActivation() {
        List<String> missing = new ArrayList<>();
        if (saleWindow == null) {
            missing.add("SALE_WINDOW");
        }
        disclosure.missing().forEach(element -> missing.add(element.name()));
        return List.copyOf(missing);
    }
}
