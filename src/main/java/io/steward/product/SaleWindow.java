package io.steward.product;

import java.time.LocalDate;

/**
 * The days a product may be sold (PROD-1): from {@code opensOn} through {@code closesOn}, both inclusive; without a
 * closing day it is sold until it is suspended or closed (daily-liquidity cash products).
 */
public record SaleWindow(LocalDate opensOn, LocalDate closesOn) {

    public SaleWindow {
        if (opensOn == null) {
            throw new IllegalArgumentException("a sale window opens on a day");
        }
        if (closesOn != null && closesOn.isBefore(opensOn)) {
            throw new IllegalArgumentException("a sale window cannot close (" + closesOn + ") before it opens (" + opensOn + ")");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(opensOn) && (closesOn == null || !day.isAfter(closesOn));
    }

    /** A valid pair of form fields: a closing day after an opening day, an opening day alone, or (in a draft) none. */
    public static boolean ordered(LocalDate opensOn, LocalDate closesOn) {
        return closesOn == null || (opensOn != null && !closesOn.isBefore(opensOn));
    }
}
