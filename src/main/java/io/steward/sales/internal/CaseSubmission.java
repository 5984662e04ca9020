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
import io.steward.suitability.Channel;
import io.steward.suitability.Decision;
import io.steward.suitability.ProposedSale;
import io.steward.suitability.RuleHit;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submission: the policy is decided again (an assessment may have expired, a birthday passed, a certificate lapsed
 * since opening), the application form is generated as a PDF and its hash recorded, and the case is released or
 * held for its cooling-off period.
 */
@Service
public class CaseSubmission {

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
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationFormPdf pdf;

    CaseSubmission(Practitioners practitioners, SalesCaseRepository cases, CustomerBook customers, ProductShelf shelf,
            SaleFacts facts, DecisionLog decisions, CaseJournal journal, CaseRelease release, Disclosures disclosures,
            DocumentStore documents, JsonMapper json, Clock clock) {
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
        this.json = json;
        this.clock = clock;
        this.pdf = new ApplicationFormPdf(clock.getZone());
    }

    @Transactional(noRollbackFor = DomainRefusal.class)
    public CaseState submit(String number, RequestOrigin origin) {
        CurrentActor practitioner = practitioners.certified();
        SalesCase sale = cases.lockForMove(number);
        SalesCaseRepository.CaseRow row = cases.row(number);
        if (!row.practitioner().equals(practitioner.username())) {
            throw DomainRefusal.notFound("unknown-case", "No such sales case", number);
        }
        if (sale.state() != CaseState.READY) {
            throw DomainRefusal.conflict("case-state", "The case is not ready for submission", number, sale.state());
        }
        CustomerFacts customer = customers.facts(row.customerId()).orElseThrow();
        Product product = shelf.find(row.productCode()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        ProposedSale again = facts.of(today, practitioner.username(), customer, new SaleFacts.Ask(product,
                row.fundId(), row.amount(), row.customerInitiated(), Channel.valueOf(row.channel())));
        DecisionLog.Taken decision = decisions.decideAndKeep(DecisionLog.Purpose.SUBMISSION, row.id(),
                row.customerNumber(), row.productCode(), again, practitioner.username());
        Instant now = clock.instant();
        SalesCase.Move move = sale.submit(decision.decision().denied(), decision.decision().conditions(), now,
                product.coolingOffHours());
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("submission_decision_id", decision.id());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("decision", decision.id());
        details.put("outcome", decision.decision().outcome());
        details.put("rules", ruleIds(decision.decision()));
        if (move.to() == CaseState.COOLING_OFF || move.to() == CaseState.RELEASED) {
            DocumentStore.StoredDocument form = applicationForm(row, customer, product, decision, now);
            columns.put("submitted_at", OffsetDateTime.ofInstant(now, clock.getZone()));
            columns.put("application_form", form.reference());
            columns.put("application_form_sha256", form.sha256());
            details.put("applicationFormSha256", form.sha256());
        }
        cases.save(sale, columns);
        journal.record(sale.id(), number, move, practitioner.username(), details);
        if (move.to() == CaseState.RELEASED) {
            release.released(sale, practitioner.username());
        } else if (move.to() == CaseState.COOLING_OFF) {
            long link = disclosures.sendCancellationLink(cases.row(number), practitioner.fullName(), origin);
            cases.save(sale, Map.of("cancellation_request", link));
        } else if (move.to() == CaseState.DENIED) {
            throw DomainRefusal.byRules("sale-denied-at-submission",
                    "The policy refuses this sale now: " + String.join(", ", ruleIds(decision.decision())),
                    ruleIds(decision.decision()));
        }
        return move.to();
    }

    private DocumentStore.StoredDocument applicationForm(SalesCaseRepository.CaseRow row, CustomerFacts customer,
            Product product, DecisionLog.Taken decision, Instant now) {
        Fund fund = customer.funds().stream().filter(f -> f.id() == row.fundId()).findFirst().orElseThrow();
        List<String> statements = statementsOf(row);
        List<String> evidenceHashes = cases.evidence(row.id()).stream().map(SaleCaseView.Evidence::sha256).toList();
        ApplicationForm form = new ApplicationForm(row.number(), row.customerNumber(), customer.fullName(),
                product.code(), product.name(), product.riskLevel().name(), row.amount(), row.currency(),
                fund.purpose().name(), fund.neededBackOn().toString(), row.practitioner(),
                decision.decision().outcome().name(), ruleIds(decision.decision()),
                decision.decision().conditions().stream().map(Enum::name).sorted().toList(),
                decision.decision().policyVersion(), row.customerConfirmedAt(), statements, row.witness(),
                row.witnessedAt(), evidenceHashes, now);
        byte[] rendered = pdf.render(form);
        return documents.store("application-forms", row.number() + ".pdf", new ByteArrayInputStream(rendered),
                FORM_LIMIT, DocumentType.PDF);
    }

    private List<String> statementsOf(SalesCaseRepository.CaseRow row) {
        String stored = cases.statements(row.id());
        return stored == null ? List.of() : json.readValue(stored, new TypeReference<List<String>>() { });
    }

    private static List<String> ruleIds(Decision decision) {
        return decision.hits().stream().map(RuleHit::ruleId).map(Object::toString).distinct().toList();
    }
}
