package io.steward.sales.internal;

import io.steward.access.CurrentActor;
import io.steward.customer.CustomerAccess;
import io.steward.customer.CustomerBook;
import io.steward.customer.CustomerFacts;
import io.steward.platform.DomainRefusal;
import io.steward.product.Product;
import io.steward.product.ProductShelf;
import io.steward.suitability.Channel;
import io.steward.suitability.Decision;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * Questions to the policy that change nothing: "may I sell this?" (a check), "what may I recommend?" (advice), and
 * the auditor's "would the same decision come out again?" (replay of a stored decision).
 */
@Service
public class SuitabilityChecks {

    public record Check(
            @NotBlank String customerNumber,
            @NotBlank String productCode,
            @NotNull Long fundId,
            @NotNull @DecimalMin("0.01") BigDecimal amount,
            Boolean customerInitiated,
            Channel channel) {

        /** Unless said otherwise: proposed by the practitioner, at the bank. */
        public Check {
            customerInitiated = customerInitiated != null && customerInitiated;
            channel = channel == null ? Channel.BRANCH : channel;
        }
    }

    private final Practitioners practitioners;
    private final CustomerAccess access;
    private final CustomerBook customers;
    private final ProductShelf shelf;
    private final SaleFacts facts;
    private final DecisionLog decisions;
    private final Advice advice;
    private final Clock clock;

    SuitabilityChecks(Practitioners practitioners, CustomerAccess access, CustomerBook customers, ProductShelf shelf,
            SaleFacts facts, DecisionLog decisions, Advice advice, Clock clock) {
        this.practitioners = practitioners;
        this.access = access;
        this.customers = customers;
        this.shelf = shelf;
        this.facts = facts;
        this.decisions = decisions;
        this.advice = advice;
        this.clock = clock;
    }

    public Decision check(Check check) {
        CurrentActor practitioner = practitioners.certified();
        CustomerFacts customer = customerOf(check.customerNumber(), "suitability-check");
        Product product = shelf.find(check.productCode()).orElseThrow(() -> DomainRefusal.notFound(
                "unknown-product", "No such product", check.productCode()));
        return decisions.decide(facts.of(LocalDate.now(clock), practitioner.username(), customer,
                new SaleFacts.Ask(product, check.fundId(), check.amount(), check.customerInitiated(),
                        check.channel())));
    }

    public Advice.Shelf suitableProducts(String customerNumber, long fundId, BigDecimal amount) {
        CurrentActor practitioner = practitioners.certified();
        CustomerFacts customer = customerOf(customerNumber, "advice");
        return advice.forCustomer(LocalDate.now(clock), practitioner.username(), customer, fundId, amount);
    }

    public DecisionLog.Replay replay(long decisionId) {
        return decisions.replay(decisionId);
    }

    private CustomerFacts customerOf(String number, String section) {
        return customers.facts(access.openFull(number, section).customerId()).orElseThrow();
    }
}
