package io.steward.sales.internal;

import io.steward.confirmation.CustomerChannel;
import io.steward.sales.CaseState;
import io.steward.sales.CoreBankingGateway.Order;
import io.steward.sales.SaleReleased;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The end of a case: released (the order into the outbox in the same transaction, {@link SaleReleased} for the
 * portfolio, the customer's cancellation link withdrawn) or cancelled (open channel requests withdrawn). Cases in
 * cooling-off are released by a job once their period has ended (COOL-1).
 */
@Component
public class CaseRelease {

    private static final int RELEASE_BATCH = 100;

    private final SalesCaseRepository cases;
    private final CaseJournal journal;
    private final OrderOutbox outbox;
    private final CustomerChannel channel;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CaseRelease(SalesCaseRepository cases, CaseJournal journal, OrderOutbox outbox, CustomerChannel channel,
            ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.cases = cases;
        this.journal = journal;
        this.outbox = outbox;
        this.channel = channel;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Called once the case has moved to RELEASED, in the same transaction. */
    void released(SalesCase sale, String actor) {
        Instant now = clock.instant();
        SalesCaseRepository.CaseRow row = cases.row(sale.number());
        cases.save(sale, Map.of("released_at", OffsetDateTime.ofInstant(now, clock.getZone())));
        outbox.enqueue(sale.id(), new Order(sale.number(), sale.number(), row.customerNumber(), row.productCode(),
                row.amount(), row.currency(), row.fundId(), now));
        withdraw(row.cancellationRequest(), "the order was released");
        events.publishEvent(new SaleReleased(sale.number(), row.customerId(), row.customerNumber(), row.productCode(),
                row.amount(), row.currency(), row.fundId(), row.practitioner(), now));
    }

    void cancel(SalesCase sale, String step, String actor, String reason, Map<String, ?> extra) {
        SalesCaseRepository.CaseRow row = cases.row(sale.number());
        SalesCase.Move move = sale.cancel(step);
        cases.save(sale, Map.of("cancelled_at", OffsetDateTime.now(clock), "cancelled_by", actor,
                "cancel_reason", reason));
        withdraw(row.confirmationRequest(), "the case was cancelled");
        withdraw(row.cancellationRequest(), "the case was cancelled");
        Map<String, Object> details = new LinkedHashMap<>(extra);
        details.put("reason", reason);
        journal.record(sale.id(), sale.number(), move, actor, details);
    }

    @Scheduled(fixedDelayString = "${steward.sales.release-interval:30s}", initialDelayString = "${steward.sales.release-interval:30s}")
    void releaseOnSchedule() {
        releaseEndedCoolingOff();
    }

    /** Releases every case whose cooling-off period has ended; answers how many. */
    public int releaseEndedCoolingOff() {
        int released = 0;
        for (int claimed = RELEASE_BATCH; claimed == RELEASE_BATCH; ) {
            Integer batch = transactions.execute(status -> {
                List<String> due = cases.coolingOffEndedBy(clock.instant(), RELEASE_BATCH);
                for (String number : due) {
                    SalesCase sale = cases.lockForMove(number);
                    SalesCase.Move move = sale.coolingOffEnded(clock.instant());
                    journal.record(sale.id(), number, move, "cooling-off", Map.of("coolingOffUntil", sale.coolingOffUntil()));
                    released(sale, "cooling-off");
                }
                return due.size();
            });
            claimed = batch == null ? 0 : batch;
            released += claimed;
        }
        return released;
    }

    private void withdraw(Long requestId, String reason) {
        if (requestId != null && channel.status(requestId).map(status -> status.state().open()).orElse(false)) {
            channel.withdraw(requestId, reason);
        }
    }
}
