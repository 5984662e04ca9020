package io.steward.sales.internal;

import io.steward.confirmation.CustomerChannel;
import io.steward.sales.CoreBankingGateway.Order;
import io.steward.sales.SaleReleased;
import java.time.Clock;
import java.util.List;
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

    /** What follows a release, in its transaction: the order into the outbox, the link withdrawn, the portfolio told. */
    void released(SalesCase sale) {
        SalesCase.Sale what = sale.sale();
        outbox.enqueue(sale.id(), new Order(sale.number(), sale.number(), what.customerNumber(), what.productCode(),
                what.amount(), what.currency(), what.fundId(), sale.releasedAt()));
        withdraw(sale.cancellationRequest(), "the order was released");
        events.publishEvent(new SaleReleased(sale.number(), what.customerId(), what.customerNumber(),
                what.productCode(), what.amount(), what.currency(), what.fundId(), what.practitioner(),
                sale.releasedAt()));
    }

    /** Keeps a cancellation and withdraws the customer's open channel requests for the case. */
    void cancelled(SalesCase sale, CaseEvent cancelled, String actor) {
        cases.save(sale);
        withdraw(sale.confirmationRequest(), "the case was cancelled");
        withdraw(sale.cancellationRequest(), "the case was cancelled");
        journal.record(sale, cancelled, actor);
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
                    CaseEvent ended = sale.coolingOffEnded(clock.instant());
                    cases.save(sale);
                    journal.record(sale, ended, "cooling-off");
                    released(sale);
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
