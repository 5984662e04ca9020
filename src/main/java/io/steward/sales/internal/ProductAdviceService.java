package io.steward.sales.internal;

import io.steward.customer.CustomerFacts;
import io.steward.sales.ProductAdvice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** The sales advice, for other modules: as the customer's own practitioner would get it. */
@Service
class ProductAdviceService implements ProductAdvice {

    private final Advice advice;

    ProductAdviceService(Advice advice) {
        this.advice = advice;
    }

    @Override
    public List<AllowedProduct> allowedFor(CustomerFacts customer, long fundId, BigDecimal amount, LocalDate day) {
        return advice.forCustomer(day, customer.practitioner(), customer, fundId, amount).suitable().stream()
                .map(suggestion -> new AllowedProduct(suggestion.product(), suggestion.decision()))
                .toList();
    }
}
