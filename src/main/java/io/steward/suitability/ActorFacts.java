package io.steward.suitability;

import java.time.LocalDate;

/**
 * The staff member who advises and drives the sale (QUAL-1).
 *
 * @param certificate their personal wealth-management qualification certificate, or {@code null} if they
 *                    hold none
 */
public record ActorFacts(Certificate certificate) {

    public static ActorFacts withoutCertificate() {
        return new ActorFacts(null);
    }

    public static ActorFacts certified(LocalDate validFrom, LocalDate validUntil) {
        return new ActorFacts(new Certificate(validFrom, validUntil, null));
    }

    /**
     * A qualification certificate ("Personal Financial Services Qualification Certificate").
     *
     * @param validFrom  first valid day, inclusive
     * @param validUntil last valid day, inclusive
     * @param revokedOn  the day it was revoked, from which it is invalid; {@code null} if never revoked
     */
    public record Certificate(LocalDate validFrom, LocalDate validUntil, LocalDate revokedOn) {

        public Certificate {
            Inputs.required(validFrom, "validFrom");
            Inputs.required(validUntil, "validUntil");
            if (validUntil.isBefore(validFrom)) {
                throw new IllegalArgumentException("certificate validUntil " + validUntil + " is before validFrom " + validFrom);
            }
        }
    }
}
