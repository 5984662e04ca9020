package io.steward.confirmation;

import java.time.Instant;
import java.util.List;

/**
 * Confirmations the customer gave from the requesting staff member's own device or address (possible proxy
 * confirmations, CONF-1), counted per staff member: for the anomaly watch of COMPLIANCE.
 */
public interface ProxyConfirmations {

    /** Per staff member with a flagged confirmation since that instant: how many, how many still open, the latest. */
    List<ProxyCount> byRequester(Instant since);

    record ProxyCount(String staff, long flagged, long open, long sameDevice, Instant latest) {
    }
}
