package io.steward.sales.internal;

import io.steward.product.Product;
import io.steward.product.ProductShelf;
import io.steward.product.RiskLevel;
import io.steward.sales.CaseState;
import io.steward.sales.SalesFigures;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sums and counts behind {@link SalesFigures}. Days are turned into instants in the clock's zone so the indexes on
 * the timestamps serve; customer ids travel as one array parameter, so a large book is one bind value.
 */
@Service
@Transactional(readOnly = true)
class SalesFigureQueries implements SalesFigures {

    private final JdbcClient jdbc;
    private final ProductShelf shelf;
    private final Clock clock;

    SalesFigureQueries(JdbcClient jdbc, ProductShelf shelf, Clock clock) {
        this.jdbc = jdbc;
        this.shelf = shelf;
        this.clock = clock;
    }

    @Override
    public BigDecimal releasedVolume(Set<String> practitioners, LocalDate from, LocalDate to, String currency) {
        if (practitioners.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return jdbc.sql("""
                select coalesce(sum(amount), 0) from sales_case
                where state = 'RELEASED' and practitioner in (:practitioners) and currency = :currency
                  and released_at >= :from and released_at < :until""")
                .param("practitioners", practitioners).param("currency", currency)
                .param("from", startOf(from)).param("until", startOf(to.plusDays(1)))
                .query(BigDecimal.class).single();
    }

    @Override
    public List<ByRiskLevel> releasedByRiskLevel(Set<String> practitioners, LocalDate from, LocalDate to) {
        if (practitioners.isEmpty()) {
            return List.of();
        }
        Map<RiskLevel, Map<String, ByRiskLevel>> sums = new EnumMap<>(RiskLevel.class);
        jdbc.sql("""
                select product_code, currency, count(*), sum(amount) from sales_case
                where state = 'RELEASED' and practitioner in (:practitioners)
                  and released_at >= :from and released_at < :until
                group by product_code, currency""")
                .param("practitioners", practitioners)
                .param("from", startOf(from)).param("until", startOf(to.plusDays(1)))
                .query((ResultSet rs) -> {
                    RiskLevel level = shelf.find(rs.getString(1)).map(Product::riskLevel).orElseThrow();
                    sums.computeIfAbsent(level, any -> new HashMap<>()).merge(rs.getString(2),
                            new ByRiskLevel(level, rs.getString(2), rs.getLong(3), rs.getBigDecimal(4)),
                            (a, b) -> new ByRiskLevel(level, a.currency(), a.sales() + b.sales(), a.volume().add(b.volume())));
                });
        List<ByRiskLevel> figures = new ArrayList<>();
        sums.values().forEach(byCurrency -> byCurrency.values().stream()
                .sorted(Comparator.comparing(ByRiskLevel::currency)).forEach(figures::add));
        return figures;
    }

    @Override
    public List<ReleasedSale> releasedTo(Collection<Long> customerIds, LocalDate from, LocalDate to) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select number, customer_id, practitioner, product_code, amount, currency, released_at from sales_case
                where state = 'RELEASED' and customer_id = any(:ids) and released_at >= :from and released_at < :until
                order by released_at, id""")
                .param("ids", customerIds.toArray(Long[]::new))
                .param("from", startOf(from)).param("until", startOf(to.plusDays(1)))
                .query((rs, n) -> new ReleasedSale(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class).atZoneSameInstant(clock.getZone()).toLocalDate()))
                .list();
    }

    @Override
    public Map<CaseState, Long> openCasesOf(String practitioner) {
        Map<CaseState, Long> counts = new EnumMap<>(CaseState.class);
        jdbc.sql("""
                select state, count(*) from sales_case
                where practitioner = ? and state not in ('DENIED', 'RELEASED', 'CANCELLED') group by state""")
                .param(practitioner)
                .query((ResultSet rs) -> {
                    counts.put(CaseState.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toOffsetDateTime();
    }
}
