package io.steward.sales.internal;

import io.steward.confirmation.ConfirmationKind;
import io.steward.confirmation.CustomerConfirmed;
import io.steward.confirmation.CustomerDeclined;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The customer's own acts on a sale, as the customer channel reports them (CONF-1): confirming the disclosure moves
 * the case on; declining it, or confirming a cancellation, cancels the case. The channel publishes inside the
 * transaction that records the act, so the case moves in the same transaction.
 */
@Component
class CustomerSteps {

    private static final String CUSTOMER = "customer";

    private final SalesCaseRepository cases;
    private final CaseJournal journal;
    private final CaseRelease release;
    private final JsonMapper json;
    private final Clock clock;

    CustomerSteps(SalesCaseRepository cases, CaseJournal journal, CaseRelease release, JsonMapper json, Clock clock) {
        this.cases = cases;
        this.journal = journal;
        this.release = release;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void confirmed(CustomerConfirmed event) {
        if (event.kind() == ConfirmationKind.SALE_DISCLOSURE) {
            cases.bySubject(event.subjectReference()).ifPresent(row -> disclosureConfirmed(row.number(), event));
        } else if (event.kind() == ConfirmationKind.SALE_CANCELLATION) {
            cases.bySubject(event.subjectReference()).ifPresent(row -> cancelledByCustomer(row.number(), null,
                    event.requestId()));
        }
    }

    @EventListener
    void declined(CustomerDeclined event) {
        if (event.kind() == ConfirmationKind.SALE_DISCLOSURE) {
            cases.bySubject(event.subjectReference()).ifPresent(row -> cancelledByCustomer(row.number(), event.reason(),
                    event.requestId()));
        }
    }

    private void disclosureConfirmed(String number, CustomerConfirmed event) {
        SalesCase sale = cases.lockForMove(number);
        SalesCase.Move move = sale.customerConfirmed(); // refuses (and rolls the channel's act back) unless awaited
        List<String> statements = new ArrayList<>(event.copiedStatements());
        if (event.specialStatement() != null && !event.specialStatement().isBlank()) {
            statements.add(event.specialStatement());
        }
        cases.save(sale, Map.of("customer_confirmed_at", OffsetDateTime.ofInstant(event.confirmedAt(), clock.getZone()),
                "customer_statements", json.writeValueAsString(statements)));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("request", event.requestId());
        details.put("openedSections", event.openedSections());
        details.put("statementsCopied", event.copiedStatements().size());
        details.put("specialStatement", event.specialStatement() != null);
        details.put("guardianCoConfirmed", event.secondPartyConfirmed());
        details.put("possibleProxy", event.possibleProxy());
        details.put("address", String.valueOf(event.origin().address()));
        journal.record(sale.id(), number, move, CUSTOMER, details);
    }

    private void cancelledByCustomer(String number, String reason, long requestId) {
        SalesCase sale = cases.lockForMove(number); // a released case refuses, and the customer is told so
        release.cancel(sale, "CANCELLED_BY_CUSTOMER", CUSTOMER, reason == null ? "cancelled on the customer channel" : reason,
                Map.of("request", requestId));
    }
}
