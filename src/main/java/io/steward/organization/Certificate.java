package io.steward.organization;

import java.time.LocalDate;

/**
 * A personal financial services qualification certificate. QUAL-1: "must obtain the ... Qualification Certificate
 * ... before they can provide financial analysis ... and sell financial products". Valid on a day from its issue
 * date through its expiry date inclusive, unless revoked on or before that day.
 */
public record Certificate(String number, String holder, LocalDate issuedOn, LocalDate expiresOn, LocalDate revokedOn,
        String revokedReason) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(issuedOn) && !day.isAfter(expiresOn) && (revokedOn == null || day.isBefore(revokedOn));
    }

    public boolean revoked() {
        return revokedOn != null;
    }

    /** Valid today but ending within the given number of days: the admin page highlights it. */
    public boolean expiresWithin(LocalDate today, int days) {
        return validOn(today) && !expiresOn.isAfter(today.plusDays(days));
    }
}
