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
        SalesCaseRepository.CaseRow row = readable(number);
        if (row.applicationForm() == null) {
            throw DomainRefusal.notFound("no-application-form", "The case has no application form yet", number);
        }
        return documents.open(row.applicationForm());
    }

    public InputStream recording(String number, long evidenceId) {
        SalesCaseRepository.CaseRow row = readable(number);
        return documents.open(cases.evidenceDocument(row.id(), evidenceId));
    }

    private SalesCaseRepository.CaseRow readable(String number) {
        CurrentActor actor = actors.current();
        SalesCaseRepository.CaseRow row = cases.row(number);
        boolean own = row.practitioner().equals(actor.username());
        boolean witness = actor.holds(Role.RETAIL_HEAD) && (actor.username().equals(row.witness())
                || witnessing.queue().stream().anyMatch(waiting -> waiting.number().equals(number)));
        if (own || witness || actor.holds(Role.COMPLIANCE)) {
            return row;
        }
        throw DomainRefusal.notFound("unknown-case", "No such sales case", number);
    }

    private SaleCaseView summary(SalesCaseRepository.CaseRow row) {
        return build(row, false);
    }

    private SaleCaseView view(SalesCaseRepository.CaseRow row) {
        return build(row, true);
    }

    private SaleCaseView build(SalesCaseRepository.CaseRow row, boolean full) {
        return new SaleCaseView(row.number(), row.customerNumber(), row.productCode(), row.amount(), row.currency(),
                row.fundId(), row.customerInitiated(), row.channel(), row.practitioner(), row.institutionCode(),
                row.state(), row.conditions(), row.openingDecisionId(),
                full ? decisions.stored(row.openingDecisionId()).orElse(null) : null,
                row.submissionDecisionId(),
                full && row.submissionDecisionId() != null ? decisions.stored(row.submissionDecisionId()).orElse(null) : null,
                row.openedAt(), row.customerConfirmedAt(), row.witness(), row.witnessedAt(), row.submittedAt(),
                row.applicationFormSha256(), row.coolingOffUntil(), row.releasedAt(), row.cancelledAt(),
                row.cancelledBy(), row.cancelReason(),
                full ? cases.evidence(row.id()) : List.of(),
                full ? cases.timeline(row.id()) : List.of(),
                full ? cases.delivery(row.id()).orElse(null) : null);
    }
}
