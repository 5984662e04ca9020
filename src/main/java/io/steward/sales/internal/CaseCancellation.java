package io.steward.sales.internal;

import io.steward.access.CurrentActor;
import io.steward.confirmation.RequestOrigin;
import io.steward.platform.DomainRefusal;
import io.steward.sales.CaseState;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancellation before release: by the practitioner, with a reason; or by the customer, who cancels only through
 * the channel (CONF-1) — the practitioner can send them the link, never cancel in their name.
 */
@Service
public class CaseCancellation {

    public record Reason(@NotBlank @Size(max = 500) String reason) {
    }

    private final Practitioners practitioners;
    private final SalesCaseRepository cases;
    private final CaseRelease release;
    private final Disclosures disclosures;
    private final CaseJournal journal;

    CaseCancellation(Practitioners practitioners, SalesCaseRepository cases, CaseRelease release, Disclosures disclosures,
            CaseJournal journal) {
        this.practitioners = practitioners;
        this.cases = cases;
        this.release = release;
        this.disclosures = disclosures;
        this.journal = journal;
    }

    @Transactional
    public CaseState byPractitioner(String number, Reason reason) {
        CurrentActor practitioner = practitioners.certified();
        SalesCase sale = ownCase(number, practitioner);
        release.cancel(sale, "CANCELLED_BY_PRACTITIONER", practitioner.username(), reason.reason().trim(), Map.of());
        return sale.state();
    }

    /** Sends the customer a link through which they alone may cancel (a new one replaces the one before). */
    @Transactional
    public void sendLinkToCustomer(String number, RequestOrigin origin) {
        CurrentActor practitioner = practitioners.certified();
        SalesCase sale = ownCase(number, practitioner);
        if (!sale.state().mayMoveTo(CaseState.CANCELLED) || sale.state() == CaseState.AWAITING_CUSTOMER) {
            throw DomainRefusal.conflict("case-state", "The customer can decline on the disclosure page, or the case has ended",
                    number, sale.state());
        }
        long link = disclosures.sendCancellationLink(cases.row(number), practitioner.fullName(), origin);
        cases.save(sale, Map.of("cancellation_request", link));
        journal.record(sale.id(), number, new SalesCase.Move("CANCELLATION_LINK_SENT", sale.state(), sale.state()),
                practitioner.username(), Map.of("request", link));
    }

    private SalesCase ownCase(String number, CurrentActor practitioner) {
        SalesCase sale = cases.lockForMove(number);
        if (!sale.practitioner().equals(practitioner.username())) {
            throw DomainRefusal.notFound("unknown-case", "No such sales case", number);
        }
        return sale;
    }
}
