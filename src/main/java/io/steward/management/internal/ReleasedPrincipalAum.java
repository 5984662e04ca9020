package io.steward.management.internal;

import io.steward.customer.ClientBookFigures;
import io.steward.customer.ClientBookFigures.BookEntry;
import io.steward.management.AumFigures;
import io.steward.sales.SalesFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Until holdings are merged, AUM is the released principal: per customer of the book, the sum of the sales released
 * to them up to the day (a released sale cannot be cancelled), in CNY, neither valued nor reduced at maturity. The lead
 * points {@link AumFigures} at portfolio holdings (a {@code @Primary} bean there) and this one steps aside.
 */
@Component
class ReleasedPrincipalAum implements AumFigures {

    static final String CURRENCY = "CNY";

    private final ClientBookFigures book;
    private final SalesFigures sales;

    ReleasedPrincipalAum(ClientBookFigures book, SalesFigures sales) {
        this.book = book;
        this.sales = sales;
    }

    @Override
    public Map<Long, BigDecimal> aumByCustomer(Set<String> practitioners, LocalDate day) {
        return sales.releasedPrincipal(book.customersOf(practitioners).stream().map(BookEntry::id).toList(), day, CURRENCY);
    }
}
