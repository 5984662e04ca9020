package io.steward.sales;

import io.steward.confirmation.RequestOrigin;
import io.steward.suitability.Channel;
import java.math.BigDecimal;

/**
 * Opening a sales case, for callers outside the sales module (the demo bank): the signed-in practitioner proposes a
 * product for an amount of one of their customer's funds; the policy decides at once. Answers the case number.
 */
public interface SalesDesk {

    String open(String customerNumber, String productCode, long fundId, BigDecimal amount, boolean customerInitiated,
            Channel channel, RequestOrigin origin);
}
