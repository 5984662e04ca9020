package io.steward.portfolio.web;

import io.steward.access.Actors;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.portfolio.internal.PortfolioScanner;
import io.steward.portfolio.internal.ScanProgress;
import io.steward.portfolio.internal.ScanRun;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The mismatch scan: its runs and counts (no customer data), and a scan of everyone on request. */
@RestController
@RequestMapping("/api/v1/portfolio/scan")
class ScanApi {

    private final PortfolioScanner scanner;
    private final ScanProgress progress;
    private final Actors actors;

    ScanApi(PortfolioScanner scanner, ScanProgress progress, Actors actors) {
        this.scanner = scanner;
        this.progress = progress;
        this.actors = actors;
    }

    @Operation(summary = "Scan every customer now; answers when the run ends (or is queued behind a running one)")
    @PostMapping
    @Access(roles = {"COMPLIANCE", "ADMIN"}, scope = DataScope.BANK)
    ScanRun start() {
        return progress.run(scanner.requestFull(actors.current().username()));
    }

    @Operation(summary = "Recent runs and the open mismatches by kind")
    @GetMapping
    @Access(roles = {"COMPLIANCE", "ADMIN"}, scope = DataScope.BANK)
    ScanProgress.Overview status() {
        return progress.overview();
    }

    @GetMapping("/{id}")
    @Access(roles = {"COMPLIANCE", "ADMIN"}, scope = DataScope.BANK)
    ScanRun run(@PathVariable long id) {
        return progress.run(id);
    }
}
