package io.steward.reporting.web;

import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.reporting.internal.CustomerReport;
import io.steward.reporting.internal.CustomerReports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Reports")
@RestController
class ReportApi {

    private final CustomerReports reports;

    ReportApi(CustomerReports reports) {
        this.reports = reports;
    }

    @Operation(summary = "The customer management report of an institution subtree: k-anonymous aggregates only "
            + "(a figure under 5 is withheld and left out of every sum)")
    @GetMapping("/api/v1/reports/customers")
    @Access(roles = {"RETAIL_DIRECTOR", "MARKETING_MANAGER"}, scope = DataScope.INSTITUTION_SUBTREE)
    CustomerReport customers(@RequestParam(required = false) String institution,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate until = to == null ? reports.today() : to;
        return reports.report(institution, from == null ? until.minusMonths(3).plusDays(1) : from, until);
    }
}
