package io.steward.portfolio.internal;

import io.steward.customer.CustomerFacts;
import io.steward.portfolio.Holding;
import io.steward.portfolio.Mismatch;
import io.steward.portfolio.MismatchKind;
import io.steward.portfolio.PortfolioAnalysis.Suggestion;
import io.steward.product.Product;
import io.steward.sales.ProductAdvice;
import io.steward.sales.ProductAdvice.AllowedProduct;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The notice: "put forward suggestions for improving the portfolio and specific product solutions". For each
 * mismatch about a product, a switch of the holding (for a concentration: of the part above the limit) into the
 * best-fitting product the policy in force allows for this customer, fund and amount, as the sales advice ranks them
 * — so a suggestion is never above the customer's level, never R4+ for the elderly, never high risk for earmarked
 * money and never longer than the fund's horizon. Without a valid assessment nothing may be recommended: the remedy
 * is a new assessment.
 */
@Component
class SwitchSuggestions {

    private final ProductAdvice advice;
    private final PortfolioSettings settings;

    SwitchSuggestions(ProductAdvice advice, PortfolioSettings settings) {
        this.advice = advice;
        this.settings = settings;
    }

    List<Suggestion> of(CustomerFacts customer, List<Holding> holdings, List<Mismatch> mismatches, BigDecimal total,
            LocalDate day) {
        List<Suggestion> suggestions = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (Mismatch mismatch : mismatches) {
            if (mismatch.kind() == MismatchKind.NO_VALID_ASSESSMENT) {
                suggestions.add(new Suggestion(mismatch.kind(), null, 0, total, null, null, null));
                continue;
            }
            if (!mismatch.kind().aboutAProduct()) {
                continue;
            }
            for (Holding holding : holdings) {
                boolean concerned = holding.productCode().equals(mismatch.subject())
                        && (mismatch.fundId() == 0 || mismatch.fundId() == holding.fundId());
                if (!concerned || !done.add(holding.productCode() + "/" + holding.fundId())) {
                    continue;
                }
                BigDecimal amount = amountToMove(mismatch, holding, total);
                suggestions.add(switchFor(customer, mismatch.kind(), holding, amount, day));
            }
        }
        return List.copyOf(suggestions);
    }

    private BigDecimal amountToMove(Mismatch mismatch, Holding holding, BigDecimal total) {
        if (mismatch.kind() != MismatchKind.CONCENTRATION_PRODUCT) {
            return holding.marketValue();
        }
        BigDecimal excess = mismatch.amount().subtract(total.multiply(settings.maxSharePerProduct()));
        return excess.min(holding.marketValue()).setScale(2, RoundingMode.UP);
    }

    private Suggestion switchFor(CustomerFacts customer, MismatchKind reason, Holding holding, BigDecimal amount,
            LocalDate day) {
        boolean ownFund = customer.funds().stream().anyMatch(fund -> fund.id() == holding.fundId());
        Optional<Product> target = ownFund ? advice.allowedFor(customer, holding.fundId(), amount, day).stream()
                .map(AllowedProduct::product)
                .filter(product -> !product.code().equals(holding.productCode()))
                .findFirst() : Optional.empty();
        return new Suggestion(reason, holding.productCode(), holding.fundId(), amount,
                target.map(Product::code).orElse(null), target.map(Product::name).orElse(null),
                target.map(Product::riskLevel).orElse(null));
    }
}
