package io.steward.sales;

import io.steward.customer.CustomerFacts;
import io.steward.product.Product;
import io.steward.suitability.Decision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the customer's practitioner may recommend for one fund and amount on a day (MATCH-1: never above the
 * customer's level): every product on sale decided by the policy in force as if the practitioner proposed it, the
 * allowed ones ranked by fit (the sales advice). Decides only; nothing is recorded. The portfolio module asks it for
 * switch suggestions, so a suggestion never names a product a sale would refuse.
 */
public interface ProductAdvice {

    List<AllowedProduct> allowedFor(CustomerFacts customer, long fundId, BigDecimal amount, LocalDate day);

    record AllowedProduct(Product product, Decision decision) {
    }
}
