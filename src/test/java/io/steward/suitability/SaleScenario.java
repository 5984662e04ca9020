package io.steward.suitability;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Test data for sale decisions, one readable line per case: {@code aCustomer().aged(70).assessed(C5).buying(R4)}.
 * The defaults make an ordinary sale that the policy allows: a certified adviser, a 40-year-old assessed
 * C3 100 days ago, general savings needed back in two years, an active R2 product with a 180-day term,
 * a 50,000 CNY subscription the practitioner proposed, at the branch.
 */
public final class SaleScenario {

    /** The decision date of every scenario unless {@link #on(LocalDate)} says otherwise. */
    static final LocalDate DECISION_DATE = LocalDate.of(2026, 6, 15);

    private LocalDate date = DECISION_DATE;
    private Birth birth = new Birth(40, 100);
    private LocalDate bornOn;
    private boolean guardianVerified;
    private CustomerRiskLevel level = CustomerRiskLevel.C3;
    private boolean assessed = true;
    private boolean confirmed = true;
    private int assessmentAgeDays = 100;
    private FundPurpose purpose = FundPurpose.GENERAL;
    private int fundNeededBackInDays = 730;
    private String fundCurrency = "CNY";
    private RiskLevel productLevel = RiskLevel.R2;
    private ProductStatus status = ProductStatus.ACTIVE;
    private int saleOpenedDaysAgo = 30;
    private Integer saleClosesInDays = 30;
    private int termDays = 180;
    private BigDecimal minimum = new BigDecimal("10000.00");
    private String productCurrency = "CNY";
    private int coolingOffHours;
    private BigDecimal amount = new BigDecimal("50000.00");
    private String requestCurrency = "CNY";
    private boolean customerInitiated;
    private Channel channel = Channel.BRANCH;
    private boolean certificateRelativeToDate = true;
    private int certificateFromOffset = -365;
    private int certificateUntilOffset = 365;
    private Integer certificateRevokedOffset;

    private SaleScenario() {
    }

    static SaleScenario aCustomer() {
        return new SaleScenario();
    }

    SaleScenario on(LocalDate decisionDate) {
        this.date = decisionDate;
        return this;
    }

    // --- the customer

    /** Aged {@code years}, with their last birthday 100 days before the decision date: far from any boundary. */
    SaleScenario aged(int years) {
        birth = new Birth(years, 100);
        bornOn = null;
        return this;
    }

    /** Their {@code years}-th birthday is the decision date. */
    SaleScenario onTheirBirthday(int years) {
        birth = new Birth(years, 0);
        bornOn = null;
        return this;
    }

    /** Their {@code years}-th birthday is the day after the decision date. */
    SaleScenario theDayBeforeTheirBirthday(int years) {
        birth = new Birth(years, -1);
        bornOn = null;
        return this;
    }

    SaleScenario bornOn(LocalDate dateOfBirth) {
        bornOn = dateOfBirth;
        return this;
    }

    SaleScenario withVerifiedGuardian() {
        guardianVerified = true;
        return this;
    }

    SaleScenario withoutVerifiedGuardian() {
        guardianVerified = false;
        return this;
    }

    // --- the assessment

    SaleScenario assessed(CustomerRiskLevel result) {
        level = result;
        assessed = true;
        confirmed = true;
        return this;
    }

    SaleScenario failedTheAssessment() {
        return assessed(CustomerRiskLevel.FAILED);
    }

    SaleScenario neverAssessed() {
        assessed = false;
        return this;
    }

    SaleScenario assessmentNotConfirmedByTheCustomer() {
        confirmed = false;
        return this;
    }

    SaleScenario assessmentConfirmedDaysAgo(int days) {
        assessmentAgeDays = days;
        return this;
    }

    // --- the money

    SaleScenario moneyFor(FundPurpose fundPurpose) {
        purpose = fundPurpose;
        return this;
    }

    SaleScenario moneyNeededBackInDays(int days) {
        fundNeededBackInDays = days;
        return this;
    }

    SaleScenario moneyIn(String currency) {
        fundCurrency = currency;
        return this;
    }

    // --- the product

    SaleScenario buying(RiskLevel risk) {
        productLevel = risk;
        return this;
    }

    SaleScenario productStatus(ProductStatus productStatus) {
        status = productStatus;
        return this;
    }

    /** Sale window relative to the decision date: opened {@code openedDaysAgo} ago, closes in {@code closesInDays} (null: never). */
    SaleScenario saleWindow(int openedDaysAgo, Integer closesInDays) {
        saleOpenedDaysAgo = openedDaysAgo;
        saleClosesInDays = closesInDays;
        return this;
    }

    SaleScenario termDays(int days) {
        termDays = days;
        return this;
    }

    SaleScenario minimum(String minimumAmount) {
        minimum = new BigDecimal(minimumAmount);
        return this;
    }

    SaleScenario coolingOffHours(int hours) {
        coolingOffHours = hours;
        return this;
    }

    // --- the request

    SaleScenario amount(String subscription) {
        amount = new BigDecimal(subscription);
        return this;
    }

    SaleScenario subscribingIn(String currency) {
        requestCurrency = currency;
        return this;
    }

    /** The customer asked for this product on their own initiative. */
    SaleScenario askingForItThemselves() {
        customerInitiated = true;
        return this;
    }

    SaleScenario online() {
        channel = Channel.REMOTE;
        return this;
    }

    SaleScenario atTheBranch() {
        channel = Channel.BRANCH;
        return this;
    }

    // --- the adviser

    SaleScenario adviserWithoutCertificate() {
        certificateRelativeToDate = false;
        return this;
    }

    /** Certificate valid from {@code fromOffset} to {@code untilOffset} days around the decision date, inclusive. */
    SaleScenario adviserCertificateValid(int fromOffset, int untilOffset) {
        certificateRelativeToDate = true;
        certificateFromOffset = fromOffset;
        certificateUntilOffset = untilOffset;
        return this;
    }

    SaleScenario adviserCertificateRevokedDaysAgo(int days) {
        certificateRevokedOffset = -days;
        return this;
    }

    public ProposedSale toSale() {
        LocalDate dateOfBirth = bornOn != null ? bornOn : date.minusYears(birth.years()).minusDays(birth.daysSinceBirthday());
        AssessmentFacts assessment = null;
        if (assessed) {
            LocalDate completedOn = date.minusDays(assessmentAgeDays);
            assessment = new AssessmentFacts(level, completedOn, confirmed ? completedOn : null);
        }
        ActorFacts adviser = certificateRelativeToDate
                ? new ActorFacts(new ActorFacts.Certificate(
                        date.plusDays(certificateFromOffset),
                        date.plusDays(certificateUntilOffset),
                        certificateRevokedOffset == null ? null : date.plusDays(certificateRevokedOffset)))
                : ActorFacts.withoutCertificate();
        return new ProposedSale(
                date,
                adviser,
                new CustomerFacts(dateOfBirth, guardianVerified),
                assessment,
                new FundFacts(purpose, date.plusDays(fundNeededBackInDays), fundCurrency),
                new ProductFacts(productLevel, status, date.minusDays(saleOpenedDaysAgo),
                        saleClosesInDays == null ? null : date.plusDays(saleClosesInDays),
                        termDays, minimum, productCurrency, coolingOffHours),
                new SaleRequest(amount, requestCurrency, customerInitiated, channel));
    }

    @Override
    public String toString() {
        return toSale().toString();
    }

    /** Born {@code years} years and {@code daysSinceBirthday} days before the decision date. */
    private record Birth(int years, int daysSinceBirthday) {
    }
}
