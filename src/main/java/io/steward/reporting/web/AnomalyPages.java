package io.steward.reporting.web;

import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.reporting.internal.AnomalyWatch;
import io.steward.reporting.internal.AnomalyWatch.Anomalies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The anomaly watch for COMPLIANCE: a page and its JSON. */
@Tag(name = "Compliance: anomaly watch")
@Controller
class AnomalyPages {

    private final AnomalyWatch watch;
    private final Clock clock;

    AnomalyPages(AnomalyWatch watch, Clock clock) {
        this.watch = watch;
        this.clock = clock;
    }

    @GetMapping("/compliance/anomalies")
    @Access(roles = "COMPLIANCE", scope = DataScope.BANK)
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Model model) {
        model.addAttribute("anomalies", watch.on(day == null ? watch.today() : day));
        model.addAttribute("zone", clock.getZone());
        return "reporting/anomalies";
    }

    @Operation(summary = "Anomalies: proxy confirmations, unusual reading of customer records, repeated assessments, "
            + "sales just after assessments that raised a level")
    @GetMapping("/api/v1/anomalies")
    @Access(roles = "COMPLIANCE", scope = DataScope.BANK)
    @ResponseBody
    Anomalies api(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return watch.on(day == null ? watch.today() : day);
    }
}
