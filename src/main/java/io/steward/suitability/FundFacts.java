package io.steward.suitability;

import java.time.LocalDate;

/**
 * The money the customer means to invest, as the practitioner recorded it after knowing the customer's
 * assets ("short-term funds cannot be used for long-term investment, and funds with specific purposes or
 * sources … cannot be used for investment in high-risk products").
 *
 * @param purpose      what the money is for (FUND-2)
 * @param neededBackOn the day the customer needs the money back, its horizon (FUND-1); for money with no
 *                     fixed date the customer module records the date the customer gave as "not before"
 * @param currency     ISO 4217 code of the money (PROD-1 checks it against the subscription)
 */
public record FundFacts(FundPurpose purpose, LocalDate neededBackOn, String currency) {

    public FundFacts {
        Inputs.required(purpose, "purpose");
        Inputs.required(neededBackOn, "neededBackOn");
        Inputs.currencyCode(currency, "currency");
    }
}
