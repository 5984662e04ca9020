package io.steward.suitability;

import java.time.LocalDate;

/**
 * Test data for assessment decisions: {@code aNewAssessment().daysAfterThePreviousOne(29).raising(C2, C4)}.
 * The default is a 40-year-old's first assessment, C3, at the branch, with no denied sale on file.
 */
final class AssessmentScenario {

    static final LocalDate DECISION_DATE = LocalDate.of(2026, 6, 15);

    private int ageYears = 40;
    private int daysSinceBirthday = 100;
    private boolean guardianVerified;
    private CustomerRiskLevel newLevel = CustomerRiskLevel.C3;
    private Channel channel = Channel.BRANCH;
    private CustomerRiskLevel previousLevel;
    private Integer previousDaysAgo;
    private Integer deniedSaleDaysAgo;

    private AssessmentScenario() {
    }

    static AssessmentScenario aNewAssessment() {
        return new AssessmentScenario();
    }

    AssessmentScenario ofACustomerAged(int years) {
        ageYears = years;
        daysSinceBirthday = 100;
        return this;
    }

    AssessmentScenario ofACustomerTheDayBeforeTheirBirthday(int years) {
        ageYears = years;
        daysSinceBirthday = -1;
        return this;
    }

    AssessmentScenario withVerifiedGuardian() {
        guardianVerified = true;
        return this;
    }

    AssessmentScenario resulting(CustomerRiskLevel level) {
        newLevel = level;
        return this;
    }

    AssessmentScenario online() {
        channel = Channel.REMOTE;
        return this;
    }

    /** A previous assessment of the same level as the new one, completed {@code days} before. */
    AssessmentScenario daysAfterThePreviousOne(int days) {
        previousDaysAgo = days;
        if (previousLevel == null) {
            previousLevel = newLevel;
        }
        return this;
    }

    /** The previous assessment found {@code from}, the new one finds {@code to}. */
    AssessmentScenario from(CustomerRiskLevel from, CustomerRiskLevel to) {
        previousLevel = from;
        newLevel = to;
        if (previousDaysAgo == null) {
            previousDaysAgo = 400;
        }
        return this;
    }

    AssessmentScenario daysAfterADeniedSale(int days) {
        deniedSaleDaysAgo = days;
        return this;
    }

    ProposedAssessment toAssessment() {
        LocalDate date = DECISION_DATE;
        AssessmentFacts previous = previousDaysAgo == null ? null
                : AssessmentFacts.confirmed(previousLevel, date.minusDays(previousDaysAgo));
        return new ProposedAssessment(
                date,
                new CustomerFacts(date.minusYears(ageYears).minusDays(daysSinceBirthday), guardianVerified),
                newLevel,
                channel,
                previous,
                deniedSaleDaysAgo == null ? null : date.minusDays(deniedSaleDaysAgo));
    }

    @Override
    public String toString() {
        return toAssessment().toString();
    }
}
