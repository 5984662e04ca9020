package io.steward.sales.internal;

import io.steward.access.CurrentActor;
import io.steward.confirmation.RequestOrigin;
import io.steward.sales.CaseState;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
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
    private final Clock clock;

    CaseCancellation(Practitioners practitioners, SalesCaseRepository cases, CaseRelease release, Disclosures disclosures,
            CaseJournal journal, Clock clock) {
        this.practitioners = practitioners;
        this.cases = cases;
        this.release = release;
        this.disclosures = disclosures;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional
    public CaseState byPractitioner(String number, Reason reason) {
        CurrentActor practitioner = practitioners.certified();
        SalesCase sale = cases.lockForMove(number);
        sale.requirePractitioner(practitioner.username());
        CaseEvent cancelled = sale.cancelledByPractitioner(reason.reason().trim(), clock.instant());
        release.cancelled(sale, cancelled, practitioner.username());
        return sale.state();
    }

    /** Sends the customer a link through which they alone may cancel (a new one replaces the one before). */
    @Transactional
    public void sendLinkToCustomer(String number, RequestOrigin origin) {
        CurrentActor practitioner = practitioners.certified();
        SalesCase sale = cases.lockForMove(number);
        sale.requirePractitioner(practitioner.username());
        CaseEvent sent = sale.cancellationLinkSent(() -> disclosures.sendCancellationLink(sale, practitioner.fullName(),
                origin));
        cases.save(sale);
        journal.record(sale, sent, practitioner.username());
    }
}
