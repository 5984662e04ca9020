package io.steward.suitability;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.IntegerArbitrary;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Arbitrary valid sales for the properties: any date over ten years, any age from 8 to 95 with extra weight
 * on the 18th and 65th birthdays, any levels, funds, products, requests and advisers. Weighted so that
 * about a quarter of the sales go ahead, or the properties about sales that go ahead would say little (the
 * coverage check in {@link SuitabilityProperties} keeps it so).
 */
final class SaleArbitraries {

    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

    private SaleArbitraries() {
    }

    /** Uniform over the range: jqwik's default favours small numbers, which would make most amounts fall below a minimum. */
    private static IntegerArbitrary between(int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    /**
     * The boundaries that matter (birthdays and the days around them, 29 February, validity day 364/365/366,
     * the first and last day of a window) are weighted in explicitly below; jqwik's generic edge cases are
     * left out, because combined they make nearly every sale a denied one.
     */
    static Arbitrary<ProposedSale> sales() {
        return between(0, 3650).map(FIRST_DAY::plusDays).flatMap(date ->
                Combinators.combine(advisers(date), customers(date), assessments(date), funds(date), products(date), requests())
                        .as((adviser, customer, assessment, fund, product, request) ->
                                new ProposedSale(date, adviser, customer, assessment, fund, product, request)))
                .withoutEdgeCases();
    }

    static Arbitrary<CustomerFacts> customers(LocalDate date) {
        Arbitrary<Integer> years = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(17, 18, 64, 65)),
                Tuple.of(3, between(8, 95)));
        Arbitrary<Integer> daysSinceBirthday = Arbitraries.frequencyOf(
                Tuple.of(1, between(-1, 1)),
                Tuple.of(3, between(0, 364)));
        Arbitrary<LocalDate> bornOn = Combinators.combine(years, daysSinceBirthday)
                .as((y, d) -> date.minusYears(y).minusDays(d));
        Arbitrary<LocalDate> bornOn29February = Arbitraries.of(1944, 1948, 1956, 1960, 1964, 2004, 2008, 2012)
                .map(year -> LocalDate.of(year, 2, 29));
        return Combinators.combine(
                        Arbitraries.frequencyOf(Tuple.of(12, bornOn), Tuple.of(1, bornOn29February)),
                        Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(true)), Tuple.of(1, Arbitraries.just(false))))
                .as(CustomerFacts::new);
    }

    static Arbitrary<AssessmentFacts> assessments(LocalDate date) {
        Arbitrary<Integer> ageInDays = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(0, 364, 365, 366)),
                Tuple.of(8, between(0, 300)),
                Tuple.of(1, between(0, 800)));
        Arbitrary<Integer> confirmedAfterDays = Arbitraries.frequencyOf(
                Tuple.of(16, Arbitraries.just(0)),
                Tuple.of(2, between(1, 10)),
                Tuple.of(1, Arbitraries.just(-1)));
        Arbitrary<AssessmentFacts> assessment = Combinators.combine(
                        Arbitraries.frequencyOf(
                                Tuple.of(1, Arbitraries.just(CustomerRiskLevel.FAILED)),
                                Tuple.of(14, Arbitraries.of(CustomerRiskLevel.C1, CustomerRiskLevel.C2, CustomerRiskLevel.C3,
                                        CustomerRiskLevel.C4, CustomerRiskLevel.C5))),
                        ageInDays, confirmedAfterDays)
                .as((level, age, confirmedAfter) -> {
                    LocalDate completedOn = date.minusDays(age);
                    return new AssessmentFacts(level, completedOn, confirmedAfter < 0 ? null : completedOn.plusDays(confirmedAfter));
                });
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(null)), Tuple.of(12, assessment));
    }

    static Arbitrary<FundFacts> funds(LocalDate date) {
        return Combinators.combine(
                        Arbitraries.frequencyOf(
                                Tuple.of(3, Arbitraries.just(FundPurpose.GENERAL)),
                                Tuple.of(2, Arbitraries.of(FundPurpose.class))),
                        Arbitraries.frequencyOf(
                                Tuple.of(1, between(0, 400)),
                                Tuple.of(7, between(400, 6000))).map(date::plusDays),
                        currencies())
                .as(FundFacts::new);
    }

    static Arbitrary<ProductFacts> products(LocalDate date) {
        Arbitrary<LocalDate> opensOn = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(-1, 0)),
                Tuple.of(10, between(-5, 400))).map(date::minusDays);
        Arbitrary<Integer> openDays = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(-1)),
                Tuple.of(2, between(0, 3000)));
        Arbitrary<Integer> termDays = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(0)),
                Tuple.of(3, between(1, 1500)));
        Arbitrary<ProductStatus> status = Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.just(ProductStatus.ACTIVE)),
                Tuple.of(1, Arbitraries.of(ProductStatus.DRAFT, ProductStatus.SUSPENDED, ProductStatus.CLOSED)));
        Arbitrary<RiskLevel> levels = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(RiskLevel.R1)),
                Tuple.of(3, Arbitraries.just(RiskLevel.R2)),
                Tuple.of(2, Arbitraries.just(RiskLevel.R3)),
                Tuple.of(1, Arbitraries.just(RiskLevel.R4)),
                Tuple.of(1, Arbitraries.just(RiskLevel.R5)));
        return Combinators.combine(levels, status, opensOn, openDays, termDays,
                        between(0, 50_000).map(BigDecimal::valueOf),
                        currencies(),
                        Arbitraries.of(0, 0, 0, 0, 0, 24, 48))
                .as((level, st, opens, open, term, minimum, currency, coolingOff) ->
                        new ProductFacts(level, st, opens, open < 0 ? null : opens.plusDays(open), term, minimum, currency, coolingOff));
    }

    static Arbitrary<SaleRequest> requests() {
        return Combinators.combine(
                        between(1_000, 500_000).map(BigDecimal::valueOf),
                        currencies(),
                        Arbitraries.of(true, false),
                        Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Channel.BRANCH)), Tuple.of(1, Arbitraries.just(Channel.REMOTE))))
                .as(SaleRequest::new);
    }

    static Arbitrary<ActorFacts> advisers(LocalDate date) {
        Arbitrary<ActorFacts> valid = between(0, 700)
                .map(days -> ActorFacts.certified(date.minusDays(days), date.plusDays(700 - days)));
        Arbitrary<ActorFacts> any = Combinators.combine(
                        between(-400, 400),
                        between(0, 800),
                        Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Integer.MIN_VALUE)), Tuple.of(1, between(-30, 30))))
                .as((from, length, revoked) -> new ActorFacts(new ActorFacts.Certificate(
                        date.plusDays(from), date.plusDays(from + length),
                        revoked == Integer.MIN_VALUE ? null : date.plusDays(revoked))));
        return Arbitraries.frequencyOf(
                Tuple.of(20, valid),
                Tuple.of(2, any),
                Tuple.of(1, Arbitraries.just(ActorFacts.withoutCertificate())));
    }

    private static Arbitrary<String> currencies() {
        return Arbitraries.frequencyOf(Tuple.of(60, Arbitraries.just("CNY")), Tuple.of(1, Arbitraries.just("USD")));
    }
}
