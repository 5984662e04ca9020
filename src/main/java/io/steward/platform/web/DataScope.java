package io.steward.platform.web;

/**
 * The data behind an endpoint that a caller who passed its door may see (DESIGN §6). Outside it a record answers
 * 404, exactly as one that does not exist.
 */
public enum DataScope {
    /** No staff sign-in: the sign-in page, the customer channel (the link's secret token is the key), demo outbox. */
    PUBLIC,
    /** The caller's own account and work: their appraisals, follow-ups, training, referrals, hand-overs, targets. */
    OWN_RECORDS,
    /**
     * Customers in the caller's book: the full view for the assigned certified practitioner, the low-sensitivity view
     * for their assistants, the full view for COMPLIANCE only under an open, recorded purpose; the cases and work
     * about those customers (a retail head sees the cases routed to them for witness).
     */
    OWN_CUSTOMERS,
    /** The department a DEPARTMENT_MANAGER leads (its teams' staff and their figures); a director's departments. */
    DEPARTMENT,
    /** The caller's institution and every institution below it; aggregates only where customers are concerned. */
    INSTITUTION_SUBTREE,
    /** Customer-level data under a stated purpose, approved by a second person where it leaves the bank's screens. */
    PURPOSE_BOUND,
    /**
     * The whole bank's reference data and bank-wide work without customer records: the shelf, policy versions,
     * institutions and staff, the audit trail, compliance queues.
     */
    BANK
}
