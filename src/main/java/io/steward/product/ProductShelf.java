package io.steward.product;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads the product shelf. Other modules use it for the facts of a sale: whether a product is on sale on a day
 * (status and sale window), its minimum amount and currency, risk level, term, capital protection, cooling-off
 * hours and the disclosure elements the customer must read.
 */
public interface ProductShelf {

    Optional<Product> find(String code);

    /** Products matching every given criterion (a {@code null} criterion matches all), by risk level then code. */
    List<Product> list(ShelfFilter filter);

    /** PROD-1: the products that may be sold on that day (ACTIVE, inside their sale window), by risk level then code. */
    List<Product> onSaleOn(LocalDate day);

    record ShelfFilter(RiskLevel riskLevel, ProductType type, ProductStatus status, boolean includeDrafts) {

        public static ShelfFilter everything() {
            return new ShelfFilter(null, null, null, true);
        }
    }
}
