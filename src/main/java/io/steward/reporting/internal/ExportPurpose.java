package io.steward.reporting.internal;

/** Why customer-level data may leave the screens at all; each export names one and explains it in a reason. */
public enum ExportPurpose {
    /** A regulator asked for the records (the request's reference goes in the reason). */
    REGULATORY_REQUEST,
    /** Internal audit samples a population of customers. */
    INTERNAL_AUDIT,
    /** Customers to be contacted to put a mis-sale right. */
    CUSTOMER_REMEDIATION,
    /** A court or the police ordered the records. */
    COURT_ORDER
}
