package io.steward.sales.internal;

import io.steward.access.CurrentActor;
import io.steward.assessment.AssessmentReview;
import io.steward.customer.CustomerAccess;
import io.steward.customer.CustomerBook;
import io.steward.customer.CustomerFacts;
import io.steward.customer.CustomerGrant;
import io.steward.organization.StaffDirectory;
import io.steward.platform.DomainRefusal;
import io.steward.product.Product;
import io.steward.product.ProductShelf;
import io.steward.sales.SalesDesk;
import io.steward.suitability.Channel;
import io.steward.suitability.ProposedSale;
import io.steward.confirmation.RequestOrigin;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case: a certified practitioner (QUAL-1) proposes a product for an amount of one of their customer's funds,
 * saying whether the customer asked for it. The policy decides at once; a DENIED case is recorded with its rule hits
 * and goes no further (ASSESS-3 hears of it); otherwise the disclosure goes to the customer's channel.
 */
@Service
public class CaseOpening implements SalesDesk {

    public record OpenCase(
            @NotBlank String customerNumber,
            @NotBlank String productCode,
            @NotNull Long fundId,
            @NotNull @DecimalMin(value = "0.01") @Digits(integer = 16, fraction = 2) BigDecimal amount,
            @NotNull Boolean customerInitiated,
            @NotNull Channel channel) {
    }

    private final Practitioners practitioners;
    private final CustomerAccess access;
    private final CustomerBook customers;
    private final ProductShelf shelf;
    private final StaffDirectory staff;
    private final SaleFacts facts;
    private final DecisionLog decisions;
    private final SalesCaseRepository cases;
    private final CaseJournal journal;
    private final Disclosures disclosures;
    private final AssessmentReview assessmentReview;
    private final Clock clock;

    CaseOpening(Practitioners practitioners, CustomerAccess access, CustomerBook customers, ProductShelf shelf,
            StaffDirectory staff, SaleFacts facts, DecisionLog decisions, SalesCaseRepository cases,
            CaseJournal journal, Disclosures disclosures, AssessmentReview assessmentReview, Clock clock) {
        this.practitioners = practitioners;
        this.access = access;
        this.customers = customers;
        this.shelf = shelf;
        this.staff = staff;
        this.facts = facts;
        this.decisions = decisions;
        this.cases = cases;
        this.journal = journal;
        this.disclosures = disclosures;
        this.assessmentReview = assessmentReview;
        this.clock = clock;
    }

    @Override
    @Transactional
    public String open(String customerNumber, String productCode, long fundId, BigDecimal amount,
            boolean customerInitiated, Channel channel, RequestOrigin origin) {
        return open(new OpenCase(customerNumber, productCode, fundId, amount, customerInitiated, channel), origin);
    }

    @Transactional
    public String open(OpenCase request, RequestOrigin origin) {
        CurrentActor practitioner = practitioners.certified();
        CustomerGrant grant = access.requireFull(request.customerNumber());
        CustomerFacts customer = customers.facts(grant.customerId()).orElseThrow();
        Product product = shelf.find(request.productCode()).orElseThrow(() -> DomainRefusal.notFound(
                "unknown-product", "No such product", request.productCode()));
        LocalDate today = LocalDate.now(clock);
        ProposedSale sale = facts.of(today, practitioner.username(), customer, new SaleFacts.Ask(product,
                request.fundId(), request.amount(), request.customerInitiated(), request.channel()));

        DecisionLog.Taken decision = decisions.decideAndKeep(DecisionLog.Purpose.OPENING, null, customer.number(),
                product.code(), sale, practitioner.username());
        String institution = staff.find(customer.practitioner()).map(m -> m.institutionCode())
                .orElse(practitioner.institutionCode());
        SalesCase.Opening opening = SalesCase.open(cases.nextNumber(), new SalesCase.Sale(customer.id(),
                customer.number(), product.code(), request.amount(), sale.request().currency(), request.fundId(),
                request.customerInitiated(), request.channel(), practitioner.username(), institution), decision,
                clock.instant());
        SalesCase opened = opening.sale();
        cases.insert(opened);
        journal.record(opened, opening.event(), practitioner.username());
        if (decision.decision().denied()) {
            assessmentReview.noteDeniedSale(customer.id(), today, opened.number());
        } else {
            opened.disclosureSent(disclosures.send(opened, customer, product, decision.decision(), practitioner, origin));
            cases.save(opened);
        }
        return opened.number();
    }
}
