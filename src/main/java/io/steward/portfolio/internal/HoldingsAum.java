package io.steward.portfolio.internal;

import io.steward.customer.ClientBookFigures;
import io.steward.customer.ClientBookFigures.BookEntry;
import io.steward.management.AumFigures;
import io.steward.reporting.AumSource;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Assets under management, defined once for the bank: the market value of the positions a customer holds, in CNY as
 * core banking last valued them (a released sale counts from the day it becomes a holding). The institution reports
 * count their AUM bands with it in the database ({@link AumSource}); the department's targets, daily close, campaigns
 * and care read it per practitioner's book ({@link AumFigures}). Holdings keep their latest valuation only, so a past
 * day counts what was held then at today's value; the daily close keeps each day's figure as computed that evening.
 */
@Component
class HoldingsAum implements AumSource, AumFigures {

    /** Per customer, what they hold on {@code :today}: a position counts from the day it was opened. */
    private static final String PER_CUSTOMER = """
            select customer_id, sum(market_value) as aum from holding
            where units > 0 and held_since <= :today
            group by customer_id""";

    private final ClientBookFigures book;
    private final JdbcClient jdbc;

    HoldingsAum(ClientBookFigures book, JdbcClient jdbc) {
        this.book = book;
        this.jdbc = jdbc;
    }

    @Override
    public String perCustomerSql() {
        return PER_CUSTOMER;
    }

    @Override
    public String descriptionKey() {
        return "reports.aum.source.holdings";
    }

    @Override
    public Map<Long, BigDecimal> aumByCustomer(Set<String> practitioners, LocalDate day) {
        Map<Long, BigDecimal> aum = new HashMap<>();
        Long[] customers = book.customersOf(practitioners).stream().map(BookEntry::id).toArray(Long[]::new);
        if (customers.length == 0) {
            return aum;
        }
        jdbc.sql("select a.customer_id, a.aum from (" + PER_CUSTOMER + ") a where a.customer_id = any(:customers)")
                .param("today", day).param("customers", customers)
                .query((ResultSet rs) -> {
                    aum.put(rs.getLong(1), rs.getBigDecimal(2));
                });
        return aum;
    }
}
