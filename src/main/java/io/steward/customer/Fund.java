package io.steward.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Money the customer brings: how much, what for, and when it is needed back (its horizon). FUND-1: "short-term funds
 * cannot be used for long-term investment" — a product's term must end by {@link #neededBackOn()}.
 */
public record Fund(long id, BigDecimal amount, String currency, FundPurpose purpose, LocalDate neededBackOn,
        String note) {

    /** Days from that day until the money is needed back. */
    public long horizonDaysFrom(LocalDate day) {
        return ChronoUnit.DAYS.between(day, neededBackOn);
    }
}
