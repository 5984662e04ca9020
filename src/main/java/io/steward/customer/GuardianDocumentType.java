package io.steward.customer;

/**
 * MINOR-1: "confirm their guardian status by verifying the household registration book or other legal documents,
 * and copy relevant materials".
 */
public enum GuardianDocumentType {
    HOUSEHOLD_REGISTER,
    BIRTH_CERTIFICATE,
    COURT_ORDER
}
