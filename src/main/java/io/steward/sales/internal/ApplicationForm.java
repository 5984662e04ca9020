package io.steward.sales.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The application form for an entrusted wealth-management product transaction: what the customer buys, with what
 * money, what the policy decided and why, what the customer confirmed and copied, who witnessed and the hashes of
 * the recordings. Generated at submission; its SHA-256 goes into the audit trail.
 */
record ApplicationForm(
        String caseNumber,
        String customerNumber,
        String customerName,
        String productCode,
        String productName,
        String productRisk,
        BigDecimal amount,
        String currency,
        String fundPurpose,
        String fundNeededBackOn,
        String practitioner,
        String outcome,
        List<String> ruleIds,
        List<String> conditions,
        String policyVersion,
        Instant customerConfirmedAt,
        List<String> statements,
        String witness,
        Instant witnessedAt,
        List<String> evidenceHashes,
        Instant submittedAt) {
}
