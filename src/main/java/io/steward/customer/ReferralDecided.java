package io.steward.customer;

import java.time.LocalDate;

/**
 * The practitioner accepted a referral (the prospect became, or already was, the customer {@code customerNumber}) or
 * declined it ({@code customerNumber} null, with the reason).
 */
public record ReferralDecided(long referralId, String practitioner, Referrals.Status status, String customerNumber,
        String declineReason, LocalDate on) {
}
