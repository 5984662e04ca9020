package io.steward.sales.internal;

import io.steward.access.CurrentActor;
import io.steward.confirmation.RequestOrigin;
import io.steward.customer.CustomerBook;
import io.steward.customer.CustomerFacts;
import io.steward.customer.Fund;
import io.steward.platform.DocumentStore;
import io.steward.platform.DocumentType;
import io.steward.platform.DomainRefusal;
import io.steward.product.Product;
import io.steward.product.ProductShelf;
import io.steward.sales.CaseState;
import io.steward.sales.SaleCaseView;
import io.steward.suitability.ProposedSale;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submission: the policy is decided again (an assessment may have expired, a birthday passed, a certificate lapsed
 * since opening), the application form is generated as a PDF and its hash recorded, and the case is released or
 * held for its cooling-off period. A denial is kept (the case ends DENIED) and answered as a {@link Result.Denied},
 * which the API and the page turn into the refusal the practitioner sees.
 */
@Service
public class CaseSubmission {

    /** What a submission came to. */
    public sealed interface Result {

        /** The case moved: released, held for cooling-off, or sent back to collect new conditions. */
        record Moved(CaseState state) implements Result {
        }

        /** The policy refuses the sale now; the case is closed as DENIED. */
        record Denied(List<String> ruleIds) implements Result {

            public DomainRefusal refusal() {
                String rules = String.join(", ", ruleIds);
                return DomainRefusal.byRules("sale-denied-at-submission", "The policy refuses this sale now: " + rules,
                        ruleIds, rules);
            }
        }

        /** The state the case moved to; a denial as the refusal to answer (once the denial is kept). */
        default CaseState orRefuse() {
            return switch (this) {
                case Moved moved -> moved.state();
                case Denied denied -> throw denied.refusal();
            };
        }
    }

    private static final long FORM_LIMIT = 5L * 1024 * 1024;

    private final Practitioners practitioners;
    private final SalesCaseRepository cases;
    private final CustomerBook customers;
    private final ProductShelf shelf;
    private final SaleFacts facts;
    private final DecisionLog decisions;
    private final CaseJournal journal;
    private final CaseRelease release;
    private final Disclosures disclosures;
    private final DocumentStore documents;
    private final Clock clock;
    private final ApplicationFormPdf pdf;

    CaseSubmission(Practitioners practitioners, SalesCaseRepository cases, CustomerBook customers, ProductShelf shelf,
            SaleFacts facts, DecisionLog decisions, CaseJournal journal, CaseRelease release, Disclosures disclosures,
            DocumentStore documents, Clock clock) {
        this.practitioners = practitioners;
        this.cases = cases;
        this.customers = customers;
        this.shelf = shelf;
        this.facts = facts;
        this.decisions = decisions;
        this.journal = journal;
        this.release = release;
        this.disclosures = disclosures;
        this.documents = documents;
        this.clock = clock;
        this.pdf = new ApplicationFormPdf(clock.getZone());
    }

    @Transactional
    public Result submit(String number, RequestOrigin origin) {
        CurrentActor practitioner = practitioners.certified();
        SalesCase sale = cases.lockForMove(number);
        sale.requirePractitioner(practitioner.username());
        SalesCase.Sale what = sale.sale();
        CustomerFacts customer = customers.facts(what.customerId()).orElseThrow();
        Product product = shelf.find(what.productCode()).orElseThrow();
        ProposedSale again = facts.of(LocalDate.now(clock), practitioner.username(), customer, new SaleFacts.Ask(product,
                what.fundId(), what.amount(), what.customerInitiated(), what.channel()));
        DecisionLog.Taken decision = decisions.decideAndKeep(DecisionLog.Purpose.SUBMISSION, sale.id(),
                what.customerNumber(), what.productCode(), again, practitioner.username());
        List<CaseEvent> events = new ArrayList<>(sale.submit(decision, clock.instant(), product.coolingOffHours(),
                submitted -> applicationForm(submitted, customer, product, decision)));
        if (sale.state() == CaseState.COOLING_OFF) {
            events.add(sale.cancellationLinkSent(() -> disclosures.sendCancellationLink(sale, practitioner.fullName(),
                    origin)));
        }
        cases.save(sale);
        journal.record(sale, events, practitioner.username());
        if (sale.state() == CaseState.RELEASED) {
            release.released(sale);
        }
        return sale.state() == CaseState.DENIED ? new Result.Denied(decision.ruleIds()) : new Result.Moved(sale.state());
    }

    private SalesCase.Form applicationForm(SalesCase sale, CustomerFacts customer, Product product,
            DecisionLog.Taken decision) {
        SalesCase.Sale what = sale.sale();
        Fund fund = customer.funds().stream().filter(f -> f.id() == what.fundId()).findFirst().orElseThrow();
        List<String> evidenceHashes = cases.evidence(sale.id()).stream().map(SaleCaseView.Evidence::sha256).toList();
        SalesCase.Witness witness = sale.witness();
        ApplicationForm form = new ApplicationForm(sale.number(), what.customerNumber(), customer.fullName(),
                product.code(), product.name(), product.riskLevel().name(), what.amount(), what.currency(),
                fund.purpose().name(), fund.neededBackOn().toString(), what.practitioner(),
                decision.decision().outcome().name(), decision.ruleIds(),
                decision.decision().conditions().stream().map(Enum::name).sorted().toList(),
                decision.decision().policyVersion(), sale.confirmation().at(), sale.confirmation().statements(),
                witness == null ? null : witness.username(), witness == null ? null : witness.at(), evidenceHashes,
                sale.submittedAt());
        DocumentStore.StoredDocument stored = documents.store("application-forms", sale.number() + ".pdf",
                new ByteArrayInputStream(pdf.render(form)), FORM_LIMIT, DocumentType.PDF);
        return new SalesCase.Form(stored.reference(), stored.sha256());
    }
}
