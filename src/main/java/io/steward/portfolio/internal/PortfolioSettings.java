package io.steward.portfolio.internal;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bank's own limits, which DESIGN §3 leaves to it: the largest share of a portfolio in one product and with one
 * issuer, and the issuers exempt from the issuer limit (the bank's own wealth-management arm, whose products it
 * controls; a third party's credit risk is what the limit is for).
 */
@Component
public class PortfolioSettings {

    private final BigDecimal maxSharePerProduct;
    private final BigDecimal maxSharePerIssuer;
    private final List<String> issuersExempt;

    PortfolioSettings(@Value("${steward.portfolio.max-share-per-product:0.40}") BigDecimal maxSharePerProduct,
            @Value("${steward.portfolio.max-share-per-issuer:0.60}") BigDecimal maxSharePerIssuer,
            @Value("${steward.portfolio.issuers-exempt-from-limit:}") List<String> issuersExempt) {
        this.maxSharePerProduct = maxSharePerProduct;
        this.maxSharePerIssuer = maxSharePerIssuer;
        this.issuersExempt = issuersExempt.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public BigDecimal maxSharePerProduct() {
        return maxSharePerProduct;
    }

    public BigDecimal maxSharePerIssuer() {
        return maxSharePerIssuer;
    }

    public List<String> issuersExempt() {
        return issuersExempt;
    }
}
