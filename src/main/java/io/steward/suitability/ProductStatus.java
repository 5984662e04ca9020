package io.steward.suitability;

/** A product's place on the shelf; only ACTIVE products may be sold (PROD-1). */
public enum ProductStatus {
    DRAFT, ACTIVE, SUSPENDED, CLOSED
}
