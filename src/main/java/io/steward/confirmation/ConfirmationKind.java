package io.steward.confirmation;

/** Why the customer is asked to act on the channel; listeners pick the events of their kind. */
public enum ConfirmationKind {
    /** The customer answers the risk-tolerance questionnaire and confirms the answers. */
    ASSESSMENT,
    /** The customer reads the disclosure, copies the risk statement and confirms a purchase (sales). */
    SALE_DISCLOSURE,
    /** The customer cancels a purchase, e.g. within its cooling-off period (sales). */
    SALE_CANCELLATION
}
