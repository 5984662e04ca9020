package io.steward.reporting.internal;

import io.steward.reporting.AumSource;
import org.springframework.context.annotation.Fallback;
import org.springframework.stereotype.Component;

/**
 * Assets under management from released sales (amounts in CNY), until the portfolio module's holdings, valued, take
 * over: a bean of {@link AumSource} declared anywhere else wins over this one.
 */
@Component
@Fallback
class ReleasedSalesAum implements AumSource {

    @Override
    public String perCustomerSql() {
        return """
                select customer_id, sum(amount) as aum from sales_case
                where state = 'RELEASED' and currency = 'CNY'
                group by customer_id""";
    }

    @Override
    public String descriptionKey() {
        return "reports.aum.source.released-sales";
    }
}
