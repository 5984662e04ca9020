package io.steward.suitability;

/**
 * Something that must happen before an allowed-with-conditions sale or assessment goes ahead. The sales
 * case (DESIGN §4) turns each one into a step: a witness signature, an uploaded recording, a text the
 * customer writes through the customer channel.
 */
public enum Condition {
    /** ELDER-2, MATCH-1: a retail banking head (branch or above) witnesses the sale and signs the application form. */
    WITNESS,
    /** ELDER-2: the witness gives the customer a second risk warning and confirms the purchase intention. */
    SECOND_RISK_WARNING,
    /** MATCH-1: the customer writes a special statement in the subscription application and signs it. */
    SPECIAL_STATEMENT,
    /**
     * MATCH-1: the practitioner reiterates the product's risk, explains that it exceeds the customer's
     * tolerance and shows suitable alternatives ("suggest the customer to buy other products").
     */
    RISK_REITERATION,
    /**
     * MINOR-1, ASSESS-4: the verified legal guardian is present in person; for an assessment the guardian
     * also guides it and co-confirms the answers.
     */
    GUARDIAN_PRESENT,
    /** REC-1: the sale is recorded on audio and video and the recording kept as evidence. */
    DUAL_RECORDING,
    /** COOL-1: the order is released to core banking only after the cooling-off period, during which the customer may cancel. */
    COOLING_OFF,
    /**
     * ASSESS-3: the new assessment takes effect only after COMPLIANCE or a RETAIL_HEAD approves it with a
     * reason. Used by assessment decisions only.
     */
    REVIEW_APPROVAL
}
