package io.steward.portfolio.internal;

import io.steward.access.Actors;
import io.steward.access.CurrentActor;
import io.steward.product.ProductReRated;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When scans happen: every night on every node (the runs table lets one of them run it), a poll that resumes a run
 * whose node died and starts queued ones, and at once after a product is re-rated (its holders only, after the
 * re-rating committed). Not in the command-line modes.
 */
@Component
@ConditionalOnProperty(name = "steward.command", havingValue = "", matchIfMissing = true)
class ScanSchedule {

    private final PortfolioScanner scanner;
    private final Actors actors;

    ScanSchedule(PortfolioScanner scanner, Actors actors) {
        this.scanner = scanner;
        this.actors = actors;
    }

    @Scheduled(cron = "${steward.portfolio.scan-cron:0 0 2 * * *}", zone = "${steward.time-zone:Asia/Shanghai}")
    void nightly() {
        scanner.nightly();
    }

    @Scheduled(fixedDelayString = "${steward.portfolio.scan-poll:1m}", initialDelayString = "${steward.portfolio.scan-poll:1m}")
    void poll() {
        scanner.resumeStale();
        scanner.drain();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void reRated(ProductReRated reRated) {
        scanner.requestHoldersOf(reRated.productCode(),
                actors.currentIfSignedIn().map(CurrentActor::username).orElse("system"));
    }
}
