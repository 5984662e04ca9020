package io.steward.portfolio.web;

import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.portfolio.PortfolioAnalysis.Dimension;
import io.steward.portfolio.PortfolioAnalysis.Slice;
import io.steward.portfolio.PortfolioAnalysis;
import io.steward.portfolio.Portfolios;
import io.steward.portfolio.internal.PortfolioReports;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The customer's portfolio for their practitioner: holdings, charts, mismatches, suggestions, and the report. */
@Controller
class PortfolioPages {

    private final Portfolios portfolios;
    private final PortfolioReports reports;
    private final MessageSource messages;
    private final JsonMapper json;

    PortfolioPages(Portfolios portfolios, PortfolioReports reports, MessageSource messages, JsonMapper json) {
        this.portfolios = portfolios;
        this.reports = reports;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/clients/{number}/portfolio")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String portfolio(@PathVariable String number, Model model) {
        PortfolioAnalysis analysis = portfolios.analysisOf(number);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("p", analysis);
        Map<String, String> charts = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            charts.put(dimension.name(), json.writeValueAsString(chartData(analysis.allocation(dimension), dimension, locale)));
        }
        model.addAttribute("charts", charts);
        model.addAttribute("dimensions", List.of(Dimension.values()));
        return "portfolio/portfolio";
    }

    @GetMapping("/clients/{number}/portfolio/report.pdf")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    ResponseEntity<byte[]> report(@PathVariable String number) {
        return pdf(reports.preview(number), number + "-portfolio.pdf");
    }

    @PostMapping("/clients/{number}/portfolio/report/hand-over")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String handOver(@PathVariable String number, RedirectAttributes redirect) {
        PortfolioReports.HandedOver handedOver = reports.handOver(number);
        redirect.addFlashAttribute("saved", handedOver.sha256().substring(0, 12));
        return "redirect:/clients/" + number + "/portfolio";
    }

    static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .body(content);
    }

    private List<Map<String, Object>> chartData(List<Slice> slices, Dimension dimension, Locale locale) {
        List<Map<String, Object>> data = new ArrayList<>();
        for (Slice slice : slices) {
            data.add(Map.of("name", messages.getMessage("portfolio." + dimension.name().toLowerCase(Locale.ROOT) + "."
                    + slice.key(), null, slice.key(), locale), "value", slice.value()));
        }
        return data;
    }
}
