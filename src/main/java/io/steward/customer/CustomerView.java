package io.steward.customer;

/**
 * Which view of a customer record a reader gets (DESIGN §6): everything for the assigned practitioner, the
 * low-sensitivity view for the assistants of that practitioner. Everyone else gets 404.
 */
public enum CustomerView {
    FULL,
    LOW_SENSITIVITY
}
