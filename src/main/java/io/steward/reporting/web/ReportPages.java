package io.steward.reporting.web;

import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.reporting.internal.CustomerReport;
import io.steward.reporting.internal.CustomerReport.Breakdown;
import io.steward.reporting.internal.CustomerReport.Figure;
import io.steward.reporting.internal.CustomerReport.Line;
import io.steward.reporting.internal.CustomerReports;
import io.steward.reporting.internal.ReportCsv;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The institution's customer management report: charts and tables of k-anonymous aggregates, and their CSV. */
@Controller
@RequestMapping("/reports")
class ReportPages {

    private final CustomerReports reports;
    private final MessageSource messages;
    private final JsonMapper json;

    ReportPages(CustomerReports reports, MessageSource messages, JsonMapper json) {
        this.reports = reports;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping
    @Access(roles = {"RETAIL_DIRECTOR", "MARKETING_MANAGER"}, scope = DataScope.INSTITUTION_SUBTREE)
    String report(@RequestParam(required = false) String institution,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate until = to == null ? reports.today() : to;
        LocalDate since = from == null ? until.minusMonths(3).plusDays(1) : from;
        CustomerReport report = reports.report(institution, since, until);
        model.addAttribute("report", report);
        model.addAttribute("institutions", reports.institutions());
        model.addAttribute("charts", charts(report));
        return "reporting/customers";
    }

    @GetMapping("/customers.csv")
    @Access(roles = {"RETAIL_DIRECTOR", "MARKETING_MANAGER"}, scope = DataScope.INSTITUTION_SUBTREE)
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String institution,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate until = to == null ? reports.today() : to;
        LocalDate since = from == null ? until.minusMonths(3).plusDays(1) : from;
        CustomerReport report = reports.report(institution, since, until);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("customers-" + report.institution() + "-" + report.on() + ".csv").build().toString())
                .body(ReportCsv.of(report).getBytes(StandardCharsets.UTF_8));
    }

    /** Per breakdown, the chart's labels and values as JSON for static/js/reporting.js (withheld figures: null). */
    private Map<String, Map<String, String>> charts(CustomerReport report) {
        Map<String, Map<String, String>> charts = new LinkedHashMap<>();
        for (Breakdown breakdown : report.breakdowns()) {
            List<String> labels = breakdown.lines().stream().map(line -> label(breakdown.key(), line)).toList();
            List<Long> values = breakdown.lines().stream().map(Line::figure).map(Figure::customers).toList();
            charts.put(breakdown.key(), Map.of("labels", json.writeValueAsString(labels),
                    "values", json.writeValueAsString(values)));
        }
        return charts;
    }

    private String label(String breakdown, Line line) {
        if (breakdown.equals("products")) {
            return line.category();
        }
        return messages.getMessage("reports." + breakdown + "." + line.category(), null, line.category(),
                LocaleContextHolder.getLocale());
    }
}
