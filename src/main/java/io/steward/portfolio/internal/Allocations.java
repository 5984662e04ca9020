package io.steward.portfolio.internal;

import io.steward.portfolio.Holding;
import io.steward.portfolio.PortfolioAnalysis.Dimension;
import io.steward.portfolio.PortfolioAnalysis.Liquidity;
import io.steward.portfolio.PortfolioAnalysis.Maturity;
import io.steward.portfolio.PortfolioAnalysis.Position;
import io.steward.portfolio.PortfolioAnalysis.Slice;
import io.steward.product.Product;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Positions and the allocation of a portfolio: plain arithmetic over the holdings and their products. */
final class Allocations {

    private Allocations() {
    }

    static Position position(Holding holding, Product product, LocalDate day, BigDecimal total) {
        LocalDate maturesOn = product.openEnded() ? null : holding.heldSince().plusDays(product.termDays());
        return new Position(holding, product.name(), product.issuer(), product.riskLevel(), product.type(),
                liquidity(product.termDays()), maturesOn, maturity(maturesOn, day), share(holding.marketValue(), total));
    }

    static Liquidity liquidity(int termDays) {
        if (termDays == 0) {
            return Liquidity.DAILY;
        }
        return termDays <= 90 ? Liquidity.SHORT : termDays <= 365 ? Liquidity.MEDIUM : Liquidity.LONG;
    }

    static Maturity maturity(LocalDate maturesOn, LocalDate day) {
        if (maturesOn == null) {
            return Maturity.OPEN_ENDED;
        }
        long days = ChronoUnit.DAYS.between(day, maturesOn);
        if (days < 0) {
            return Maturity.MATURED;
        }
        return days <= 91 ? Maturity.WITHIN_3_MONTHS : days <= 365 ? Maturity.WITHIN_1_YEAR
                : days <= 3 * 365 ? Maturity.WITHIN_3_YEARS : Maturity.LATER;
    }

    static Map<Dimension, List<Slice>> allocation(List<Position> positions, BigDecimal total) {
        Map<Dimension, List<Slice>> allocation = new EnumMap<>(Dimension.class);
        allocation.put(Dimension.RISK, slices(positions, total, p -> p.riskLevel().name()));
        allocation.put(Dimension.TYPE, slices(positions, total, p -> p.type().name()));
        allocation.put(Dimension.LIQUIDITY, slices(positions, total, p -> p.liquidity().name()));
        allocation.put(Dimension.MATURITY, slices(positions, total, p -> p.maturity().name()));
        return allocation;
    }

    /** Value-weighted average of the risk levels, R1 = 1 … R5 = 5; null for an empty portfolio. */
    static BigDecimal weightedRisk(List<Position> positions, BigDecimal total) {
        if (total.signum() == 0) {
            return null;
        }
        BigDecimal weighted = BigDecimal.ZERO;
        for (Position position : positions) {
            weighted = weighted.add(position.holding().marketValue()
                    .multiply(BigDecimal.valueOf(position.riskLevel().ordinal() + 1L)));
        }
        return weighted.divide(total, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal share(BigDecimal value, BigDecimal total) {
        return total.signum() == 0 ? BigDecimal.ZERO : value.divide(total, 4, RoundingMode.HALF_UP);
    }

    private static List<Slice> slices(List<Position> positions, BigDecimal total, Function<Position, String> key) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        positions.stream()
                .sorted((a, b) -> key.apply(a).compareTo(key.apply(b)))
                .forEach(p -> sums.merge(key.apply(p), p.holding().marketValue(), BigDecimal::add));
        List<Slice> slices = new ArrayList<>();
        sums.forEach((name, value) -> slices.add(new Slice(name, value, share(value, total))));
        return List.copyOf(slices);
    }
}
