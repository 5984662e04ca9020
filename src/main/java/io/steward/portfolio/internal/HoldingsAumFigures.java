package io.steward.portfolio.internal;

import io.steward.customer.ClientBookFigures;
import io.steward.customer.ClientBookFigures.BookEntry;
import io.steward.management.AumFigures;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The department's AUM from holdings: per customer of the book, the market value of the positions held on the day
 * (opened on or before it), in CNY as core banking last valued them. Holdings keep their latest valuation only, so a
 * past day counts what was held then at today's value; the daily close keeps each day's figure as it was computed at
 * that day's end, so the kept history is what the department saw.
 */
@Component
class HoldingsAumFigures implements AumFigures {

    private final ClientBookFigures book;
    private final JdbcClient jdbc;

    HoldingsAumFigures(ClientBookFigures book, JdbcClient jdbc) {
        this.book = book;
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, BigDecimal> aumByCustomer(Set<String> practitioners, LocalDate day) {
        Map<Long, BigDecimal> aum = new HashMap<>();
        Long[] customers = book.customersOf(practitioners).stream().map(BookEntry::id).toArray(Long[]::new);
        if (customers.length == 0) {
            return aum;
        }
        jdbc.sql("""
                select customer_id, sum(market_value) from holding
                where customer_id = any(:customers) and units > 0 and held_since <= :day
                group by customer_id""")
                .param("customers", customers).param("day", day)
                .query((ResultSet rs) -> {
                    aum.put(rs.getLong(1), rs.getBigDecimal(2));
                });
        return aum;
    }
}
