package io.steward.sales.internal;

import io.steward.confirmation.ConfirmationKind;
import io.steward.confirmation.CustomerConfirmed;
import io.steward.confirmation.CustomerDeclined;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The customer's own acts on a sale, as the customer channel reports them (CONF-1): confirming the disclosure moves
 * the case on; declining it, or confirming a cancellation, cancels the case. The channel publishes inside the
 * transaction that records the act, so the case moves in the same transaction, and a refused move (the case was
 * cancelled or released meanwhile) rolls the channel's act back.
 */
@Component
class CustomerSteps {

    private static final String CUSTOMER = "customer";
    private static final String SUBJECT = "sales-case:";

    private final SalesCaseRepository cases;
    private final CaseJournal journal;
    private final CaseRelease release;
    private final Clock clock;

    CustomerSteps(SalesCaseRepository cases, CaseJournal journal, CaseRelease release, Clock clock) {
        this.cases = cases;
        this.journal = journal;
        this.release = release;
        this.clock = clock;
    }

    @EventListener
    void confirmed(CustomerConfirmed event) {
        if (!event.subjectReference().startsWith(SUBJECT)) {
            return;
        }
        if (event.kind() == ConfirmationKind.SALE_DISCLOSURE) {
            SalesCase sale = cases.lockForMove(caseNumber(event.subjectReference()));
            CaseEvent confirmed = sale.customerConfirmed(event);
            cases.save(sale);
            journal.record(sale, confirmed, CUSTOMER);
        } else if (event.kind() == ConfirmationKind.SALE_CANCELLATION) {
            cancel(caseNumber(event.subjectReference()), null, event.requestId());
        }
    }

    @EventListener
    void declined(CustomerDeclined event) {
        if (event.kind() == ConfirmationKind.SALE_DISCLOSURE && event.subjectReference().startsWith(SUBJECT)) {
            cancel(caseNumber(event.subjectReference()), event.reason(), event.requestId());
        }
    }

    private void cancel(String number, String reason, long requestId) {
        SalesCase sale = cases.lockForMove(number);
        CaseEvent cancelled = sale.cancelledByCustomer(reason == null ? "cancelled on the customer channel" : reason,
                requestId, clock.instant());
        release.cancelled(sale, cancelled, CUSTOMER);
    }

    private static String caseNumber(String subjectReference) {
        return subjectReference.substring(SUBJECT.length());
    }
}
