package io.steward.portfolio.internal;

import io.steward.assessment.AssessmentLookup;
import io.steward.assessment.EffectiveAssessment;
import io.steward.customer.CustomerAccess;
import io.steward.customer.CustomerBook;
import io.steward.customer.CustomerFacts;
import io.steward.portfolio.Holding;
import io.steward.portfolio.Mismatch;
import io.steward.portfolio.PortfolioAnalysis;
import io.steward.portfolio.PortfolioAnalysis.Position;
import io.steward.portfolio.Portfolios;
import io.steward.product.Product;
import io.steward.product.ProductShelf;
import io.steward.suitability.PolicyVersions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class PortfolioAnalyser implements Portfolios {

    private final CustomerAccess access;
    private final CustomerBook customers;
    private final AssessmentLookup assessments;
    private final ProductShelf shelf;
    private final PolicyVersions policies;
    private final HoldingRows holdings;
    private final MismatchFinder mismatches;
    private final SwitchSuggestions suggestions;
    private final Clock clock;

    PortfolioAnalyser(CustomerAccess access, CustomerBook customers, AssessmentLookup assessments, ProductShelf shelf,
            PolicyVersions policies, HoldingRows holdings, MismatchFinder mismatches, SwitchSuggestions suggestions,
            Clock clock) {
        this.access = access;
        this.customers = customers;
        this.assessments = assessments;
        this.shelf = shelf;
        this.policies = policies;
        this.holdings = holdings;
        this.mismatches = mismatches;
        this.suggestions = suggestions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PortfolioAnalysis analysisOf(String customerNumber) {
        long customerId = access.openFull(customerNumber, "portfolio").customerId();
        return analyse(customers.facts(customerId).orElseThrow(), LocalDate.now(clock));
    }

    @Override
    public List<Holding> holdingsOf(long customerId) {
        return holdings.of(customerId);
    }

    /** The analysis of a customer whose record the caller may read. */
    public PortfolioAnalysis analyse(CustomerFacts customer, LocalDate day) {
        List<Holding> held = holdings.of(customer.id());
        BigDecimal total = held.stream().map(Holding::marketValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Position> positions = held.stream()
                .flatMap(holding -> shelf.find(holding.productCode()).stream()
                        .map((Product product) -> Allocations.position(holding, product, day, total)))
                .toList();
        Optional<EffectiveAssessment> assessment = assessments.latestOn(customer.id(), day);
        List<Mismatch> found = mismatches.of(customer.id(), day);
        return new PortfolioAnalysis(customer.number(), customer.fullName(), day, policies.inForceOn(day).versionId(),
                assessment.map(EffectiveAssessment::level).orElse(null),
                assessment.map(EffectiveAssessment::validThrough).orElse(null),
                assessment.map(a -> a.validOn(day)).orElse(false), total, Allocations.weightedRisk(positions, total),
                positions, Allocations.allocation(positions, total), found,
                suggestions.of(customer, held, found, total, day));
    }
}
