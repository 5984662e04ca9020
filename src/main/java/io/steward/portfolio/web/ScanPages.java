package io.steward.portfolio.web;

import io.steward.access.Actors;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.portfolio.internal.PortfolioScanner;
import io.steward.portfolio.internal.ScanProgress;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The scan's progress for compliance and operations: runs, steps, timings and counts (no customer data). */
@Controller
class ScanPages {

    private final PortfolioScanner scanner;
    private final ScanProgress progress;
    private final Actors actors;

    ScanPages(PortfolioScanner scanner, ScanProgress progress, Actors actors) {
        this.scanner = scanner;
        this.progress = progress;
        this.actors = actors;
    }

    @GetMapping("/portfolio/scan")
    @Access(roles = {"COMPLIANCE", "ADMIN"}, scope = DataScope.BANK)
    String scan(Model model) {
        model.addAttribute("overview", progress.overview());
        return "portfolio/scan";
    }

    /** The runs table alone, which the page polls with htmx while a run is queued or running. */
    @GetMapping("/portfolio/scan/runs")
    @Access(roles = {"COMPLIANCE", "ADMIN"}, scope = DataScope.BANK)
    String runs(Model model) {
        model.addAttribute("overview", progress.overview());
        return "portfolio/scan :: runs";
    }

    @PostMapping("/portfolio/scan")
    @Access(roles = {"COMPLIANCE", "ADMIN"}, scope = DataScope.BANK)
    String start(RedirectAttributes redirect) {
        long id = scanner.requestFullInBackground(actors.current().username());
        redirect.addFlashAttribute("saved", "#" + id);
        return "redirect:/portfolio/scan";
    }
}
