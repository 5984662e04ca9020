package io.steward.customer;

import java.time.LocalDate;

/**
 * A prospect was referred to a practitioner (QUAL-1): a lead for the practitioner's department. Carries the name the
 * referrer gave, never the phone number.
 */
public record ReferralMade(long referralId, String prospectName, String referredBy, String practitioner, LocalDate on) {
}
