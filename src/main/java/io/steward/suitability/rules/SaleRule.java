package io.steward.suitability.rules;

/** A rule evaluated for every proposed sale. */
public interface SaleRule {

    /** Adds this rule's findings about the sale, if any, to {@code hits}. */
    void evaluate(SaleContext sale, Hits hits);
}
