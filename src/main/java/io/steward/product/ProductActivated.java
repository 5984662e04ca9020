package io.steward.product;

import java.time.LocalDate;

/** A product went on the shelf for the first time (DRAFT → ACTIVE): staff may need training on it. */
public record ProductActivated(String productCode, LocalDate on) {
}
