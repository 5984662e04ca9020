package io.steward.reporting.internal;

import io.steward.reporting.internal.CustomerReport.Breakdown;
import io.steward.reporting.internal.CustomerReport.Figure;
import io.steward.reporting.internal.CustomerReport.Line;
import io.steward.reporting.internal.CustomerReport.SalesRow;
import java.util.ArrayList;
import java.util.List;

/** The report as CSV: exactly the figures the page shows, withheld ones as "&lt;5", never more. */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static String of(CustomerReport report) {
        StringBuilder csv = new StringBuilder();
        csv.append("# Steward customer management report: ").append(report.institution()).append(' ')
                .append(report.institutionName()).append(", as of ").append(report.on()).append(", sales ")
                .append(report.from()).append(" to ").append(report.to()).append("\r\n");
        csv.append("# <").append(Suppression.K).append(": fewer than ").append(Suppression.K)
                .append(" customers at each institution (possibly none), left out of every sum\r\n");
        csv.append(Csv.line(List.of("section", "category", "level", "customers", "amount_cny")));
        if (report.tooFewCustomers()) {
            csv.append(Csv.line(List.of("report", "too-few-customers", "", "", "")));
            return csv.toString();
        }
        for (Breakdown breakdown : report.breakdowns()) {
            for (Line line : breakdown.lines()) {
                csv.append(row(breakdown.key(), line.category(), "", line.figure(), breakdown.withAmounts()));
            }
            csv.append(row(breakdown.key(), "counted", "", breakdown.counted(), breakdown.withAmounts()));
        }
        for (SalesRow sale : report.sales().rows()) {
            for (int i = 0; i < sale.cells().size(); i++) {
                csv.append(row("sales", sale.product(), report.sales().levels().get(i), sale.cells().get(i), true));
            }
            csv.append(row("sales", sale.product(), "counted", sale.counted(), true));
        }
        for (int i = 0; i < report.sales().levels().size(); i++) {
            csv.append(row("sales", "counted", report.sales().levels().get(i), report.sales().levelTotals().get(i), true));
        }
        csv.append(row("sales", "counted", "counted", report.sales().counted(), true));
        return csv.toString();
    }

    private static String row(String section, String category, String level, Figure figure, boolean amounts) {
        List<Object> values = new ArrayList<>(List.of(section, category, level, figure.text()));
        values.add(amounts && figure.shown() ? figure.amount().toPlainString() : "");
        return Csv.line(values);
    }
}
