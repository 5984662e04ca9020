package io.steward.portfolio.internal;

import io.steward.portfolio.Holding;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class HoldingRows {

    private final JdbcClient jdbc;

    HoldingRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Holding> of(long customerId) {
        return jdbc.sql("""
                select customer_id, product_code, fund_id, units, cost, market_value, valuation_date, held_since, source
                from holding where customer_id = ? and units > 0 order by product_code, fund_id""")
                .param(customerId).query(HoldingRows::map).list();
    }

    /**
     * A released sale: a new position, or more of one the customer holds from the same fund (units, cost and value add
     * up; the position counts as held since the latest purchase, whose term ends last).
     */
    void bought(long customerId, String productCode, long fundId, BigDecimal units, BigDecimal amount, LocalDate day,
            OffsetDateTime now) {
        jdbc.sql("""
                insert into holding (customer_id, product_code, fund_id, units, cost, market_value, valuation_date,
                    held_since, source, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'SALE', ?)
                on conflict (customer_id, product_code, fund_id) do update set
                    units = holding.units + excluded.units, cost = holding.cost + excluded.cost,
                    market_value = holding.market_value + excluded.market_value,
                    valuation_date = greatest(holding.valuation_date, excluded.valuation_date),
                    held_since = greatest(holding.held_since, excluded.held_since), updated_at = excluded.updated_at""")
                .params(customerId, productCode, fundId, units, amount, amount, day, day, now)
                .update();
    }

    static Holding map(ResultSet rs, int row) throws SQLException {
        return new Holding(rs.getLong("customer_id"), rs.getString("product_code"), rs.getLong("fund_id"),
                rs.getBigDecimal("units"), rs.getBigDecimal("cost"), rs.getBigDecimal("market_value"),
                rs.getObject("valuation_date", LocalDate.class), rs.getObject("held_since", LocalDate.class),
                Holding.Source.valueOf(rs.getString("source")));
    }
}
