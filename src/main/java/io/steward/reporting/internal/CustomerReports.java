package io.steward.reporting.internal;

import io.steward.access.Actors;
import io.steward.access.CurrentActor;
import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.customer.AgeBand;
import io.steward.organization.Institution;
import io.steward.organization.InstitutionTree;
import io.steward.platform.DomainRefusal;
import io.steward.reporting.AumSource;
import io.steward.reporting.internal.CustomerReport.Breakdown;
import io.steward.reporting.internal.CustomerReport.Figure;
import io.steward.reporting.internal.CustomerReport.Line;
import io.steward.reporting.internal.CustomerReport.SalesRow;
import io.steward.reporting.internal.CustomerReport.SalesTable;
import io.steward.reporting.internal.ReportQueries.ProductLabel;
import io.steward.reporting.internal.Suppression.Atom;
import io.steward.reporting.internal.Suppression.Cell;
import io.steward.reporting.internal.Suppression.Group;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer management reports of an institution subtree for RETAIL_DIRECTOR and MARKETING_MANAGER ("limited to
 * browsing the customer management reports of their institutions"): customers by risk level, age band, AUM band and
 * assessment status, customers by product held, and the period's sales by product and risk level. Any institution
 * in the reader's own subtree may be chosen; every report read is audited.
 */
@Service
public class CustomerReports {

    static final List<String> RISK_LEVELS = List.of("C1", "C2", "C3", "C4", "C5", "FAILED", "NONE");
    static final List<String> SALE_LEVELS = List.of("C1", "C2", "C3", "C4", "C5", "NONE");
    static final List<String> STATUSES = List.of("VALID", "EXPIRING", "EXPIRED", "NONE");
    static final List<String> AGE_BANDS = Arrays.stream(AgeBand.values()).map(Enum::name).toList();
    static final List<String> AUM_BANDS = Arrays.stream(AumBand.values()).map(Enum::name).toList();
    static final int LONGEST_PERIOD_DAYS = 366;

    private final ReportQueries queries;
    private final InstitutionTree tree;
    private final Actors actors;
    private final AuditTrail audit;
    private final AumSource aum;
    private final Clock clock;

    CustomerReports(ReportQueries queries, InstitutionTree tree, Actors actors, AuditTrail audit, AumSource aum,
            Clock clock) {
        this.queries = queries;
        this.tree = tree;
        this.actors = actors;
        this.audit = audit;
        this.aum = aum;
        this.clock = clock;
    }

    /** The institutions whose reports the reader may open: their own and everything below it. */
    public List<Institution> institutions() {
        Set<String> mine = tree.subtree(actors.current().institutionCode());
        return tree.all().stream().filter(institution -> mine.contains(institution.code())).toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The report of that institution's subtree (the reader's own by default), sales from {@code from} to {@code to}. */
    @Transactional
    public CustomerReport report(String institutionCode, LocalDate from, LocalDate to) {
        CurrentActor actor = actors.current();
        String code = institutionCode == null || institutionCode.isBlank() ? actor.institutionCode() : institutionCode;
        Institution institution = tree.find(code).filter(found -> tree.isWithin(found.code(), actor.institutionCode()))
                .orElseThrow(() -> DomainRefusal.notFound("unknown-institution", "No institution " + code, code));
        if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) >= LONGEST_PERIOD_DAYS) {
            throw DomainRefusal.invalid("report-period", "A period runs forward and lasts at most a year");
        }
        audit.record(AuditEntry.of("REPORT_VIEWED", "institution", code, Map.of("report", "customers",
                "from", from.toString(), "to", to.toString())));
        return build(institution, from, to);
    }

    private CustomerReport build(Institution institution, LocalDate from, LocalDate to) {
        Set<String> codes = tree.subtree(institution.code());
        LocalDate today = today();
        if (queries.customers(codes) < Suppression.K) {
            return new CustomerReport(institution.code(), institution.name(), today, from, to, true, List.of(), null,
                    aum.descriptionKey());
        }
        List<Atom> risk = queries.riskLevels(codes, today);
        List<Atom> status = queries.assessmentStatus(codes, today);
        List<Atom> ages = queries.ageBands(codes, today);
        List<Atom> aums = queries.aumBands(codes, today);
        Set<String> leftOut = new HashSet<>();
        for (var partition : List.of(Map.entry(risk, RISK_LEVELS), Map.entry(status, STATUSES),
                Map.entry(ages, AGE_BANDS), Map.entry(aums, AUM_BANDS))) {
            Suppression.leftOut(partition.getKey(), partition.getValue()).forEach(group -> leftOut.add(group.institution()));
        }
        Predicate<Atom> kept = atom -> !leftOut.contains(atom.institution());
        Map<String, ProductLabel> products = queries.products();
        List<Atom> sales = queries.sales(codes, from, to, clock.getZone());
        Set<Group> salesLeftOut = Suppression.leftOut(sales, SALE_LEVELS);
        Predicate<Atom> keptSale = kept.and(atom -> !salesLeftOut.contains(Group.of(atom)));
        List<Atom> held = queries.productsHeld(codes).stream()
                .filter(atom -> !salesLeftOut.contains(new Group(atom.institution(), atom.column()))).toList();

        List<Breakdown> breakdowns = List.of(
                breakdown("risk", only(risk, kept), RISK_LEVELS, true, false, Map.of()),
                breakdown("age", only(ages, kept), AGE_BANDS, true, false, Map.of()),
                breakdown("aum", only(aums, kept), AUM_BANDS, true, true, Map.of()),
                breakdown("assessment", only(status, kept), STATUSES, true, false, Map.of()),
                breakdown("products", only(held, kept), List.copyOf(products.keySet()), false, true, labels(products)));
        return new CustomerReport(institution.code(), institution.name(), today, from, to, false, breakdowns,
                salesTable(only(sales, keptSale), products), aum.descriptionKey());
    }

    private static Breakdown breakdown(String key, List<Atom> atoms, List<String> columns, boolean partition,
            boolean withAmounts, Map<String, String> labels) {
        Map<String, Cell> cells = Suppression.publish(atoms, List.of(""), columns, partition).get("");
        List<Line> lines = new ArrayList<>();
        Cell counted = Cell.WITHHELD;
        for (String column : columns) {
            Cell cell = cells.get(column);
            lines.add(new Line(column, labels.getOrDefault(column, column), Figure.of(cell)));
            counted = cell.shown() ? counted.plus(cell) : counted;
        }
        return new Breakdown(key, lines, Figure.of(counted), withAmounts);
    }

    private static SalesTable salesTable(List<Atom> atoms, Map<String, ProductLabel> products) {
        List<String> rows = List.copyOf(products.keySet());
        Map<String, Map<String, Cell>> cells = Suppression.publish(atoms, rows, SALE_LEVELS, true);
        List<SalesRow> lines = new ArrayList<>();
        Cell[] totals = new Cell[SALE_LEVELS.size()];
        Arrays.fill(totals, Cell.WITHHELD);
        Cell counted = Cell.WITHHELD;
        for (ProductLabel product : products.values()) {
            List<Figure> figures = new ArrayList<>();
            Cell rowTotal = Cell.WITHHELD;
            for (int i = 0; i < SALE_LEVELS.size(); i++) {
                Cell cell = cells.get(product.code()).get(SALE_LEVELS.get(i));
                figures.add(Figure.of(cell));
                if (cell.shown()) {
                    rowTotal = rowTotal.plus(cell);
                    totals[i] = totals[i].plus(cell);
                    counted = counted.plus(cell);
                }
            }
            lines.add(new SalesRow(product.code(), product.name(), product.riskLevel(), figures, Figure.of(rowTotal)));
        }
        return new SalesTable(SALE_LEVELS, lines, Arrays.stream(totals).map(Figure::of).toList(), Figure.of(counted));
    }

    private static List<Atom> only(List<Atom> atoms, Predicate<Atom> kept) {
        return atoms.stream().filter(kept).toList();
    }

    private static Map<String, String> labels(Map<String, ProductLabel> products) {
        return products.values().stream().collect(java.util.stream.Collectors.toMap(ProductLabel::code,
                product -> product.code() + " " + product.name() + " (" + product.riskLevel() + ")"));
    }
}
