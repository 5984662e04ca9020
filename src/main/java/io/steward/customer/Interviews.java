package io.steward.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * REC-2: "After each interview, the financial manager should record the important items of the interview in the
 * customer database, including: the customer's financial situation, investment objectives, types of products to be
 * purchased, reasons why the customer did not buy, customers' unsatisfied needs, customers' family situation". All
 * six are required. The text is scanned for promises staff must not make; a hit is kept with the record and flagged
 * for COMPLIANCE.
 */
public interface Interviews {

    InterviewRecord record(String number, NewInterview interview);

    List<InterviewRecord> of(long customerId);

    record NewInterview(
            @NotNull LocalDate heldOn,
            @NotBlank @Size(max = 2000) String financialSituation,
            @NotBlank @Size(max = 2000) String investmentObjectives,
            @NotBlank @Size(max = 2000) String productsConsidered,
            @NotBlank @Size(max = 2000) String reasonsNotBought,
            @NotBlank @Size(max = 2000) String unmetNeeds,
            @NotBlank @Size(max = 2000) String familySituation) {
    }

    record InterviewRecord(long id, LocalDate heldOn, String financialSituation, String investmentObjectives,
            String productsConsidered, String reasonsNotBought, String unmetNeeds, String familySituation,
            String recordedBy, Instant recordedAt, List<PromiseHit> flaggedPromises) {

        public boolean flagged() {
            return !flaggedPromises.isEmpty();
        }
    }

    /** A phrase that promises what staff must not, where it was found. */
    record PromiseHit(String field, String phrase, String excerpt) {
    }
}
