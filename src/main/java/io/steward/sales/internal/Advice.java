package io.steward.sales.internal;

import io.steward.customer.CustomerFacts;
import io.steward.customer.Fund;
import io.steward.platform.DomainRefusal;
import io.steward.product.Product;
import io.steward.product.ProductShelf;
import io.steward.suitability.Channel;
import io.steward.suitability.Decision;
import io.steward.suitability.FundPurpose;
import io.steward.suitability.ProposedSale;
import io.steward.suitability.RuleHit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What a practitioner may recommend to a customer for one fund and amount (MATCH-1: "only recommend products at or
 * below the customer's level"): every product on sale is decided as if the practitioner proposed it; the allowed
 * ones are ranked by fit, the others come with the rules that excluded them.
 *
 * <p>Fit, best first: a product whose risk level is closest below or at the customer's level; for earmarked money
 * (FUND-2: "recommend capital preservation products"; which purposes are earmarked is a parameter of the policy
 * version in force, the one the decisions are taken under) capital-protected products before the others; then the
 * term that uses most of the fund's horizon without passing it (money needed back in a year is better served by a
 * 270-day product than a daily one); then the code.
 */
@Component
public class Advice {

    public record Suggestion(Product product, Decision decision) {
    }

    public record Excluded(Product product, List<RuleHit> reasons) {
    }

    public record Shelf(List<Suggestion> suitable, List<Excluded> excluded) {
    }

    private final ProductShelf shelf;
    private final SaleFacts facts;
    private final DecisionLog decisions;

    Advice(ProductShelf shelf, SaleFacts facts, DecisionLog decisions) {
        this.shelf = shelf;
        this.facts = facts;
        this.decisions = decisions;
    }

    Shelf forCustomer(LocalDate day, String practitioner, CustomerFacts customer, long fundId, BigDecimal amount) {
        Fund fund = customer.funds().stream().filter(f -> f.id() == fundId).findFirst()
                .orElseThrow(() -> DomainRefusal.invalid("unknown-fund", "The customer has no such fund", fundId,
                        customer.number()));
        BigDecimal asked = amount != null ? amount : fund.amount();
        List<Suggestion> suitable = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        for (Product product : shelf.onSaleOn(day)) {
            ProposedSale sale = facts.of(day, practitioner, customer,
                    new SaleFacts.Ask(product, fundId, asked, false, Channel.BRANCH));
            Decision decision = decisions.decide(sale);
            if (decision.denied()) {
                excluded.add(new Excluded(product, decision.denials()));
            } else {
                suitable.add(new Suggestion(product, decision));
            }
        }
        suitable.sort(byFit(decisions.policyOn(day).earmarks(FundPurpose.valueOf(fund.purpose().name()))));
        return new Shelf(List.copyOf(suitable), List.copyOf(excluded));
    }

    private static Comparator<Suggestion> byFit(boolean earmarked) {
        return Comparator.comparing((Suggestion s) -> -s.product().riskLevel().ordinal())
                .thenComparing(s -> earmarked && !s.product().capitalProtected())
                .thenComparing(s -> -s.product().termDays())
                .thenComparing(s -> s.product().code());
    }
}
