package io.steward.assessment;

import java.time.LocalDate;

/**
 * ASSESS-3's input from sales: "a new assessment ... within 7 days after a denied sale for that customer takes effect
 * only after COMPLIANCE or a RETAIL_HEAD approves it". The sales module reports each denied attempt here.
 */
public interface AssessmentReview {

    /** Records a sale attempt the policy denied; the same reference twice is recorded once. */
    void noteDeniedSale(long customerId, LocalDate on, String reference);
}
