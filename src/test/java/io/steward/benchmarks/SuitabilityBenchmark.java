package io.steward.benchmarks;

import io.steward.suitability.ActorFacts;
import io.steward.suitability.AssessmentFacts;
import io.steward.suitability.Channel;
import io.steward.suitability.CustomerFacts;
import io.steward.suitability.CustomerRiskLevel;
import io.steward.suitability.Decision;
import io.steward.suitability.FundFacts;
import io.steward.suitability.FundPurpose;
import io.steward.suitability.ProductFacts;
import io.steward.suitability.ProductStatus;
import io.steward.suitability.ProposedAssessment;
import io.steward.suitability.ProposedSale;
import io.steward.suitability.RiskLevel;
import io.steward.suitability.RuleHit;
import io.steward.suitability.SaleRequest;
import io.steward.suitability.SuitabilityEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/**
 * Decisions per second of the suitability engine on one thread (DESIGN §7: at least 1,000,000 with full
 * explanations). The input cycles through sixteen sales covering every outcome: ordinary sales, the
 * elderly with a witness, overrides, minors, and denials that collect several rules at once. Each
 * decision carries its hits with both messages and source passages; {@link #decideSaleAndReadExplanations}
 * also reads every message, as the API serialising a decision would.
 *
 * <p>Run with {@code bash bench/jmh.sh Suitability -f 1 -wi 3 -w 2s -i 5 -r 2s}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SuitabilityBenchmark {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private SuitabilityEngine engine;
    private ProposedSale[] sales;
    private ProposedAssessment[] assessments;
    private int next;

    @Setup
    public void setUp() {
        engine = SuitabilityEngine.withDefaults();
        sales = saleMix();
        assessments = assessmentMix();
    }

    @Benchmark
    public Decision decideSale() {
        ProposedSale sale = sales[next];
        next = (next + 1) & (sales.length - 1);
        return engine.decideSale(sale);
    }

    @Benchmark
    public void decideSaleAndReadExplanations(Blackhole blackhole) {
        ProposedSale sale = sales[next];
        next = (next + 1) & (sales.length - 1);
        Decision decision = engine.decideSale(sale);
        for (RuleHit hit : decision.hits()) {
            blackhole.consume(hit.messageEn());
            blackhole.consume(hit.messageZh());
            blackhole.consume(hit.sourcePassage());
        }
        blackhole.consume(decision);
    }

    @Benchmark
    public Decision decideAssessment() {
        ProposedAssessment assessment = assessments[next & (assessments.length - 1)];
        next = (next + 1) & (sales.length - 1);
        return engine.decideAssessment(assessment);
    }

    /** Sixteen sales (a power of two, so the index wraps with a mask). */
    static ProposedSale[] saleMix() {
        return new ProposedSale[] {
                sale(40, CustomerRiskLevel.C3, RiskLevel.R2, FundPurpose.GENERAL, false, Channel.BRANCH, 0),
                sale(35, CustomerRiskLevel.C4, RiskLevel.R4, FundPurpose.GENERAL, false, Channel.REMOTE, 0),
                sale(52, CustomerRiskLevel.C2, RiskLevel.R1, FundPurpose.EDUCATION, false, Channel.REMOTE, 24),
                sale(70, CustomerRiskLevel.C3, RiskLevel.R3, FundPurpose.GENERAL, false, Channel.BRANCH, 0),
                sale(68, CustomerRiskLevel.C2, RiskLevel.R2, FundPurpose.PENSION, false, Channel.BRANCH, 24),
                sale(45, CustomerRiskLevel.C2, RiskLevel.R4, FundPurpose.GENERAL, true, Channel.BRANCH, 24),
                sale(17, CustomerRiskLevel.C2, RiskLevel.R2, FundPurpose.EDUCATION, false, Channel.BRANCH, 0),
                sale(30, CustomerRiskLevel.C5, RiskLevel.R5, FundPurpose.GENERAL, false, Channel.REMOTE, 0),
                sale(70, CustomerRiskLevel.C5, RiskLevel.R4, FundPurpose.GENERAL, false, Channel.BRANCH, 0),
                sale(45, CustomerRiskLevel.C2, RiskLevel.R4, FundPurpose.GENERAL, false, Channel.BRANCH, 0),
                sale(72, CustomerRiskLevel.C2, RiskLevel.R3, FundPurpose.PENSION, true, Channel.BRANCH, 0),
                sale(16, CustomerRiskLevel.C1, RiskLevel.R2, FundPurpose.GENERAL, true, Channel.REMOTE, 0),
                sale(50, CustomerRiskLevel.C5, RiskLevel.R5, FundPurpose.RETIREMENT, false, Channel.BRANCH, 0),
                sale(38, CustomerRiskLevel.FAILED, RiskLevel.R1, FundPurpose.GENERAL, false, Channel.BRANCH, 0),
                expiredAssessmentWithUncertifiedAdviser(),
                sale(29, CustomerRiskLevel.C3, RiskLevel.R3, FundPurpose.HOUSING, false, Channel.REMOTE, 24)};
    }

    static ProposedAssessment[] assessmentMix() {
        return new ProposedAssessment[] {
                new ProposedAssessment(TODAY, customer(40, false), CustomerRiskLevel.C3, Channel.REMOTE, null, null),
                new ProposedAssessment(TODAY, customer(40, false), CustomerRiskLevel.C4, Channel.BRANCH,
                        AssessmentFacts.confirmed(CustomerRiskLevel.C2, TODAY.minusDays(12)), TODAY.minusDays(3)),
                new ProposedAssessment(TODAY, customer(16, true), CustomerRiskLevel.C2, Channel.BRANCH,
                        AssessmentFacts.confirmed(CustomerRiskLevel.C2, TODAY.minusDays(400)), null),
                new ProposedAssessment(TODAY, customer(16, false), CustomerRiskLevel.C2, Channel.REMOTE, null, null)};
    }

    private static ProposedSale sale(int age, CustomerRiskLevel level, RiskLevel risk, FundPurpose purpose,
                                     boolean customerInitiated, Channel channel, int coolingOffHours) {
        return new ProposedSale(
                TODAY,
                ActorFacts.certified(TODAY.minusYears(1), TODAY.plusYears(2)),
                customer(age, true),
                AssessmentFacts.confirmed(level, TODAY.minusDays(90)),
                new FundFacts(purpose, TODAY.plusYears(3), "CNY"),
                new ProductFacts(risk, ProductStatus.ACTIVE, TODAY.minusDays(20), TODAY.plusDays(20), 365,
                        new BigDecimal("10000"), "CNY", coolingOffHours),
                new SaleRequest(new BigDecimal("50000"), "CNY", customerInitiated, channel));
    }

    private static ProposedSale expiredAssessmentWithUncertifiedAdviser() {
        return new ProposedSale(
                TODAY,
                ActorFacts.withoutCertificate(),
                customer(66, false),
                AssessmentFacts.confirmed(CustomerRiskLevel.C4, TODAY.minusDays(400)),
                new FundFacts(FundPurpose.PENSION, TODAY.plusDays(100), "CNY"),
                new ProductFacts(RiskLevel.R4, ProductStatus.SUSPENDED, TODAY.minusDays(20), TODAY.plusDays(20), 365,
                        new BigDecimal("10000"), "CNY", 0),
                new SaleRequest(new BigDecimal("5000"), "CNY", false, Channel.REMOTE));
    }

    private static CustomerFacts customer(int age, boolean guardianVerified) {
        return new CustomerFacts(TODAY.minusYears(age).minusDays(45), guardianVerified);
    }
}
