package io.steward.portfolio.internal;

import io.steward.reporting.AumSource;
import org.springframework.stereotype.Component;

/**
 * Assets under management for the institution reports: the market value of what each customer holds, as core banking
 * last valued it (a released sale counts from the day it becomes a holding). The holdings are this module's table, so
 * the query that reads them is written here; the reports count the bands in the database.
 */
@Component
class HoldingsAum implements AumSource {

    @Override
    public String perCustomerSql() {
        return """
                select customer_id, sum(market_value) as aum from holding
                where units > 0
                group by customer_id""";
    }

    @Override
    public String descriptionKey() {
        return "reports.aum.source.holdings";
    }
}
