package io.steward.product;

import java.time.Instant;

/** A record that a staff member handed one version of an official material to a customer. */
public record HandOver(
        long id,
        String productCode,
        long materialId,
        String title,
        String materialVersion,
        String customerNumber,
        String handedOverBy,
        Instant handedOverAt) {
}
