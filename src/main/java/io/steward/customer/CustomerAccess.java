package io.steward.customer;

/**
 * Who sees which customer (DESIGN §6, PRIV-1): the assigned practitioner — holding a valid certificate today
 * (QUAL-1) — sees the full record; the assistants of that practitioner see the low-sensitivity view; a COMPLIANCE
 * officer reads the full record only under a purpose stated beforehand (a case number and a reason, open for a
 * limited time) and never changes it; everyone else is answered 404, exactly as for a customer that does not exist.
 * Every read is an audit event ({@code CUSTOMER_VIEWED}: who, whom, which view, which part, and under which
 * purpose); a refused read is recorded too ({@code CUSTOMER_ACCESS_REFUSED}).
 */
public interface CustomerAccess {

    /** Opens a record for reading, in the best view the current actor has; 404 when they have none. */
    CustomerGrant open(String number, String section);

    /** Opens a record for reading where only the full view will do (interview notes, assessments); 404 otherwise. */
    CustomerGrant openFull(String number, String section);

    /** For a change to the record: the full view is needed (404 otherwise); not a read, so not audited as one. */
    CustomerGrant requireFull(String number);
}
