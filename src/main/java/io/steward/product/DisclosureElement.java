package io.steward.product;

/**
 * The product elements a practitioner must explain and the customer must open before acknowledging (CONF-2: "fully
 * explain all product elements such as product functions, benefits, product terms and risk characteristics").
 */
public enum DisclosureElement {
    FUNCTION,
    BENEFITS,
    TERMS,
    RISK_CHARACTERISTICS
}
