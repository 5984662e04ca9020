package io.steward.suitability;

import java.time.LocalDate;

/**
 * What the policy needs to know about the customer.
 *
 * @param dateOfBirth      for the ages of ELDER-1/2, MATCH-2, MINOR-1 and ASSESS-4, counted on the decision date
 * @param guardianVerified a legal guardian's status has been verified from the household register or other
 *                         legal documents and copies kept (MINOR-1, ASSESS-4); irrelevant for adults
 */
public record CustomerFacts(LocalDate dateOfBirth, boolean guardianVerified) {

    public CustomerFacts {
        Inputs.required(dateOfBirth, "dateOfBirth");
    }

    /**
     * Age in completed years on {@code date}: the customer turns N on their N-th birthday. Someone born on
     * 29 February has their birthday on 1 March in common years, so they turn 65 (or 18) on 1 March, not
     * on 28 February. This is what {@link java.time.Period#between} and PostgreSQL's {@code age()} compute,
     * so the reporting module's age bands agree with the engine.
     */
    public int ageOn(LocalDate date) {
        int years = date.getYear() - dateOfBirth.getYear();
        int month = date.getMonthValue();
        int birthMonth = dateOfBirth.getMonthValue();
        if (month < birthMonth || (month == birthMonth && date.getDayOfMonth() < dateOfBirth.getDayOfMonth())) {
            years--;
        }
        return years;
    }
}
