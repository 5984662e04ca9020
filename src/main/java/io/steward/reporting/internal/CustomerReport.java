package io.steward.reporting.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.steward.reporting.internal.Suppression.Cell;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The customer management report of one institution subtree (DESIGN §6), as the page, the API and the CSV show it:
 * only published figures, every one of them k-anonymous ({@link Suppression}). When the subtree has fewer than
 * {@value Suppression#K} customers there is no figure at all.
 */
public record CustomerReport(String institution, String institutionName, LocalDate on, LocalDate from, LocalDate to,
        boolean tooFewCustomers, List<Breakdown> breakdowns, SalesTable sales, String aumSourceKey) {

    /** A published figure: the customers (and amount, where there is one), or "&lt;5" when nothing may be shown. */
    @Schema(name = "ReportFigure")
    public record Figure(Long customers, BigDecimal amount) {

        static final String WITHHELD = "<" + Suppression.K;

        static Figure of(Cell cell) {
            return cell.shown() ? new Figure(cell.customers(), cell.amount()) : new Figure(null, null);
        }

        public boolean shown() {
            return customers != null;
        }

        @JsonProperty("display")
        public String text() {
            return shown() ? String.valueOf(customers) : WITHHELD;
        }
    }

    /** One category of a breakdown: its code (a risk level, an age band, a product code) and its figure. */
    @Schema(name = "ReportLine")
    public record Line(String category, String label, Figure figure) {
    }

    /** Customers by one dimension; {@code counted} is the sum of the figures shown, and nothing else. */
    public record Breakdown(String key, List<Line> lines, Figure counted, boolean withAmounts) {
    }

    public record SalesRow(String product, String name, String riskLevel, List<Figure> cells, Figure counted) {
    }

    /** Sales released in the period: products by the customer's risk level at the time. */
    public record SalesTable(List<String> levels, List<SalesRow> rows, List<Figure> levelTotals, Figure counted) {
    }
}
