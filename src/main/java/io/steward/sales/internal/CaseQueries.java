package io.steward.sales.internal;

import io.steward.access.Actors;
import io.steward.access.CurrentActor;
import io.steward.organization.Role;
import io.steward.platform.DocumentStore;
import io.steward.platform.DomainRefusal;
import io.steward.sales.CaseState;
import io.steward.sales.SaleCaseView;
import java.io.InputStream;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Reading cases: a practitioner reads their own, a retail head the cases routed to them for witness, COMPLIANCE
 * every case (cases carry no personal data beyond the customer number); anyone else gets 404.
 */
@Service
public class CaseQueries {

    private final Actors actors;
    private final SalesCaseRepository cases;
    private final DecisionLog decisions;
    private final Witnessing witnessing;
    private final DocumentStore documents;

    CaseQueries(Actors actors, SalesCaseRepository cases, DecisionLog decisions, Witnessing witnessing,
            DocumentStore documents) {
        this.actors = actors;
        this.cases = cases;
        this.decisions = decisions;
        this.witnessing = witnessing;
        this.documents = documents;
    }

    public SaleCaseView view(String number) {
        return view(readable(number));
    }

    public List<SaleCaseView> mine(CaseState state) {
        return cases.ofPractitioner(actors.current().username(), state).stream().map(this::summary).toList();
    }

    public List<SaleCaseView> witnessQueue() {
        return witnessing.queue().stream().map(this::summary).toList();
    }

    public InputStream applicationForm(String number) {
        SalesCase sale = readable(number);
        if (sale.applicationForm() == null) {
            throw DomainRefusal.notFound("no-application-form", "The case has no application form yet", number);
        }
        return documents.open(sale.applicationForm().reference());
    }

    public InputStream recording(String number, long evidenceId) {
        return documents.open(cases.evidenceDocument(readable(number).id(), evidenceId));
    }

    private SalesCase readable(String number) {
        CurrentActor actor = actors.current();
        SalesCase sale = cases.find(number);
        boolean own = sale.practitioner().equals(actor.username());
        boolean witness = actor.holds(Role.RETAIL_HEAD) && (sale.witness() != null
                && actor.username().equals(sale.witness().username())
                || witnessing.queue().stream().anyMatch(waiting -> waiting.number().equals(number)));
        if (own || witness || actor.holds(Role.COMPLIANCE)) {
            return sale;
        }
        throw DomainRefusal.notFound("unknown-case", "No such sales case", number);
    }

    private SaleCaseView summary(SalesCase sale) {
        return build(sale, false);
    }

    private SaleCaseView view(SalesCase sale) {
        return build(sale, true);
    }

    private SaleCaseView build(SalesCase sale, boolean full) {
        SalesCase.Sale what = sale.sale();
        SalesCase.Witness witness = sale.witness();
        SalesCase.Cancellation cancellation = sale.cancellation();
        Long submission = sale.submissionDecisionId();
        return new SaleCaseView(sale.number(), what.customerNumber(), what.productCode(), what.amount(),
                what.currency(), what.fundId(), what.customerInitiated(), what.channel().name(), what.practitioner(),
                what.institutionCode(), sale.state(), sale.conditions(), sale.openingDecisionId(),
                full ? decisions.stored(sale.openingDecisionId()).orElse(null) : null,
                submission,
                full && submission != null ? decisions.stored(submission).orElse(null) : null,
                sale.openedAt(), sale.confirmation() == null ? null : sale.confirmation().at(),
                witness == null ? null : witness.username(), witness == null ? null : witness.at(),
                sale.submittedAt(), sale.applicationForm() == null ? null : sale.applicationForm().sha256(),
                sale.coolingOffUntil(), sale.releasedAt(), cancellation == null ? null : cancellation.at(),
                cancellation == null ? null : cancellation.by(), cancellation == null ? null : cancellation.reason(),
                full ? cases.evidence(sale.id()) : List.of(),
                full ? cases.timeline(sale.id()) : List.of(),
                full ? cases.delivery(sale.id()).orElse(null) : null);
    }
}
