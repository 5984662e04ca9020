package io.steward.suitability;

import java.math.BigDecimal;

/**
 * What is being asked for.
 *
 * @param amount            subscription amount, positive
 * @param currency          ISO 4217 code of the subscription
 * @param customerInitiated the customer asked for this product themselves; {@code false} when the
 *                          practitioner proposed it. Only a customer's own request opens the MATCH-1 override.
 * @param channel           where the customer is (MINOR-1)
 */
public record SaleRequest(BigDecimal amount, String currency, boolean customerInitiated, Channel channel) {

    public SaleRequest {
        Inputs.required(amount, "amount");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive, got " + amount);
        }
        Inputs.currencyCode(currency, "currency");
        Inputs.required(channel, "channel");
    }
}
