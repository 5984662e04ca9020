package io.steward.product;

/**
 * Where a product stands on the shelf. Only an ACTIVE product is sold (PROD-1). The allowed moves, in one place:
 * DRAFT → ACTIVE; ACTIVE ⇄ SUSPENDED; any → CLOSED, which is final.
 */
public enum ProductStatus {
    DRAFT,
    ACTIVE,
    SUSPENDED,
    CLOSED;

    public boolean canBecome(ProductStatus next) {
        return switch (this) {
            case DRAFT -> next == ACTIVE || next == CLOSED;
            case ACTIVE -> next == SUSPENDED || next == CLOSED;
            case SUSPENDED -> next == ACTIVE || next == CLOSED;
            case CLOSED -> false;
        };
    }
}
