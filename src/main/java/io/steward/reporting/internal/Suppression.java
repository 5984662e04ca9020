package io.steward.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * k-anonymity of the institution reports (DESIGN §6: "any cell counting fewer than 5 customers is suppressed").
 *
 * <p>Counts are never suppressed cell by cell in the finished report, because a director can ask for the report of
 * every institution in their subtree, and the difference of two of them (a branch minus one of its sub-branches)
 * would give back what the other sub-branch's report hides. Instead each number is decided once, where it is
 * smallest: per <em>atom</em>, the customers of one institution's own staff in one category (a risk level, an age
 * band ...). An atom is published only with at least {@value #K} customers; every figure of every report is a sum of
 * published atoms and nothing else, so subtracting any reports from each other yields sums of published atoms — never
 * a group of fewer than {@value #K}, which takes part in no sum at all.
 *
 * <p>Where a breakdown splits an institution's customers (each customer in exactly one category), the institution's
 * total would let a single withheld atom be recovered by subtraction (total minus the published categories). So a
 * withheld atom with customers in it is always joined by a second withheld one, a published-size category chosen
 * without regard to its size: the difference is then the sum of a group under {@value #K} and a group of unknown size
 * of at least {@value #K}, which pins neither. Empty categories are withheld like small ones, so "none" and "a few"
 * look alike. An institution whose customers fill every category of a breakdown with exactly four each would be
 * recoverable from its total alone; it is left out of every report ({@link #leftOut}).
 */
final class Suppression {

    /** The smallest group of customers a report may show. */
    static final int K = 5;

    private Suppression() {
    }

    /** One institution's own customers in one cell of a breakdown (row "" for a one-dimensional breakdown). */
    record Atom(String institution, String row, String column, long customers, BigDecimal amount) {

        Atom {
            amount = amount == null ? BigDecimal.ZERO : amount;
        }
    }

    /** A cell as published: the customers and amount of the atoms it may show; nothing to show below {@value #K}. */
    record Cell(long customers, BigDecimal amount) {

        static final Cell WITHHELD = new Cell(0, BigDecimal.ZERO);

        boolean shown() {
            return customers >= K;
        }

        Cell plus(Cell other) {
            return new Cell(customers + other.customers, amount.add(other.amount));
        }
    }

    /**
     * The cells of a breakdown, keyed by row and column, from the atoms of the institutions in the report's subtree.
     *
     * @param partition whether each customer of an institution (within a row) is in exactly one column
     */
    static Map<String, Map<String, Cell>> publish(List<Atom> atoms, List<String> rows, List<String> columns,
            boolean partition) {
        Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
        for (String row : rows) {
            Map<String, Cell> line = new LinkedHashMap<>();
            columns.forEach(column -> line.put(column, Cell.WITHHELD));
            cells.put(row, line);
        }
        for (Map<String, Atom> group : groups(atoms).values()) {
            Set<String> withheld = withheld(group, columns, partition);
            group.values().stream().filter(atom -> !withheld.contains(atom.column()))
                    .filter(atom -> cells.containsKey(atom.row()) && cells.get(atom.row()).containsKey(atom.column()))
                    .forEach(atom -> cells.get(atom.row()).merge(atom.column(),
                            new Cell(atom.customers(), atom.amount()), Cell::plus));
        }
        return cells;
    }

    /**
     * The institutions (and rows) whose customers fill every column of a partition with exactly {@code K - 1} each:
     * their total alone would give every cell away, so they are left out of every report.
     */
    static Set<Group> leftOut(List<Atom> atoms, List<String> columns) {
        Set<Group> left = new HashSet<>();
        groups(atoms).forEach((group, cells) -> {
            if (columns.stream().allMatch(column -> count(cells, column) == K - 1)) {
                left.add(group);
            }
        });
        return left;
    }

    private static Set<String> withheld(Map<String, Atom> group, List<String> columns, boolean partition) {
        Set<String> withheld = new HashSet<>();
        List<String> safe = new ArrayList<>();
        long small = 0;
        for (String column : columns) {
            long count = count(group, column);
            if (count < K) {
                withheld.add(column);
                small += count;
            } else {
                safe.add(column);
            }
        }
        if (partition && small > 0 && !safe.isEmpty()) {
            Atom any = group.values().iterator().next();
            safe.stream().min(Comparator.comparingInt(column -> Objects.hash(any.institution(), any.row(), column)))
                    .ifPresent(withheld::add);
        }
        // outside the breakdown's columns nothing is published either
        group.keySet().stream().filter(column -> !columns.contains(column)).forEach(withheld::add);
        return withheld;
    }

    private static long count(Map<String, Atom> group, String column) {
        Atom atom = group.get(column);
        return atom == null ? 0 : atom.customers();
    }

    /** The customers of one institution's own staff (in one row of a two-dimensional breakdown). */
    record Group(String institution, String row) {

        static Group of(Atom atom) {
            return new Group(atom.institution(), atom.row());
        }
    }

    private static Map<Group, Map<String, Atom>> groups(List<Atom> atoms) {
        Map<Group, Map<String, Atom>> groups = new LinkedHashMap<>();
        for (Atom atom : atoms) {
            groups.computeIfAbsent(Group.of(atom), key -> new LinkedHashMap<>())
                    .merge(atom.column(), atom, (a, b) -> new Atom(a.institution(), a.row(), a.column(),
                            a.customers() + b.customers(), a.amount().add(b.amount())));
        }
        return groups;
    }
}
