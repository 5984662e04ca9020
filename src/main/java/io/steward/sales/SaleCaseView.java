package io.steward.sales;

import io.steward.suitability.Condition;
import io.steward.suitability.Decision;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A sales case as pages and the API show it: the sale, where it stands, the decision and its timeline. */
public record SaleCaseView(
        String number,
        String customerNumber,
        String productCode,
        BigDecimal amount,
        String currency,
        long fundId,
        boolean customerInitiated,
        String channel,
        String practitioner,
        String institutionCode,
        CaseState state,
        Set<Condition> conditions,
        long openingDecisionId,
        Decision openingDecision,
        Long submissionDecisionId,
        Decision submissionDecision,
        Instant openedAt,
        Instant customerConfirmedAt,
        String witness,
        Instant witnessedAt,
        Instant submittedAt,
        String applicationFormSha256,
        Instant coolingOffUntil,
        Instant releasedAt,
        Instant cancelledAt,
        String cancelledBy,
        String cancelReason,
        List<Evidence> evidence,
        List<Step> timeline,
        Delivery delivery) {

    public record Evidence(long id, String filename, String mediaType, long sizeBytes, String sha256,
            String uploadedBy, Instant uploadedAt) {
    }

    @Schema(name = "SaleStep")
    public record Step(String step, CaseState from, CaseState to, String actor, Instant at) {
    }

    /** The order's delivery to core banking, once released. */
    public record Delivery(String status, int attempts, String reference, String lastError, Instant deliveredAt) {
    }

    public boolean open() {
        return !state.isFinal();
    }
}
