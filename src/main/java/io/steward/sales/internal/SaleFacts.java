package io.steward.sales.internal;

import io.steward.assessment.AssessmentLookup;
import io.steward.assessment.EffectiveAssessment;
import io.steward.customer.CustomerFacts;
import io.steward.customer.Fund;
import io.steward.organization.Certificate;
import io.steward.organization.StaffDirectory;
import io.steward.platform.DomainRefusal;
import io.steward.product.Product;
import io.steward.suitability.ActorFacts;
import io.steward.suitability.AssessmentFacts;
import io.steward.suitability.Channel;
import io.steward.suitability.CustomerRiskLevel;
import io.steward.suitability.FundFacts;
import io.steward.suitability.FundPurpose;
import io.steward.suitability.ProductFacts;
import io.steward.suitability.ProductStatus;
import io.steward.suitability.ProposedSale;
import io.steward.suitability.RiskLevel;
import io.steward.suitability.SaleRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Turns what Steward knows (the customer, their assessment in force, the fund, the product, the adviser's
 * certificate) into the engine's input for one sale on one day. The engine is pure; every fact it decides on is
 * gathered here, and stored with the decision, so the decision can be replayed.
 */
@Component
class SaleFacts {

    private final AssessmentLookup assessments;
    private final StaffDirectory staff;

    SaleFacts(AssessmentLookup assessments, StaffDirectory staff) {
        this.assessments = assessments;
        this.staff = staff;
    }

    /** What the practitioner asks: this product, this much of this fund, proposed by them or asked for by the customer. */
    record Ask(Product product, long fundId, BigDecimal amount, boolean customerInitiated, Channel channel) {
    }

    ProposedSale of(LocalDate day, String adviser, CustomerFacts customer, Ask ask) {
        Fund fund = customer.funds().stream().filter(f -> f.id() == ask.fundId()).findFirst()
                .orElseThrow(() -> DomainRefusal.invalid("unknown-fund", "The customer has no such fund",
                        ask.fundId(), customer.number()));
        return new ProposedSale(day, adviserOn(adviser, day),
                new io.steward.suitability.CustomerFacts(customer.birthDate(), customer.hasVerifiedGuardian()),
                assessmentOn(customer.id(), day),
                new FundFacts(FundPurpose.valueOf(fund.purpose().name()), fund.neededBackOn(), fund.currency()),
                productFacts(ask.product(), day),
                new SaleRequest(ask.amount(), fund.currency(), ask.customerInitiated(), ask.channel()));
    }

    /** QUAL-1: the certificate that counts on that day, or none. */
    ActorFacts adviserOn(String username, LocalDate day) {
        return staff.validCertificateOn(username, day)
                .map(SaleFacts::certificate)
                .or(() -> staff.certificatesOf(username).stream().findFirst().map(SaleFacts::certificate))
                .map(ActorFacts::new)
                .orElse(ActorFacts.withoutCertificate());
    }

    private static ActorFacts.Certificate certificate(Certificate certificate) {
        return new ActorFacts.Certificate(certificate.issuedOn(), certificate.expiresOn(), certificate.revokedOn());
    }

    /** ASSESS-1/2: the latest assessment that took effect by that day (the engine judges whether it still counts). */
    private AssessmentFacts assessmentOn(long customerId, LocalDate day) {
        return assessments.latestOn(customerId, day).map(SaleFacts::assessment).orElse(null);
    }

    private static AssessmentFacts assessment(EffectiveAssessment assessment) {
        return new AssessmentFacts(CustomerRiskLevel.valueOf(assessment.level().name()), assessment.effectiveOn(),
                assessment.effectiveOn());
    }

    static ProductFacts productFacts(Product product, LocalDate day) {
        LocalDate opens = product.saleWindow() != null ? product.saleWindow().opensOn() : day;
        LocalDate closes = product.saleWindow() != null ? product.saleWindow().closesOn() : null;
        ProductStatus status = product.saleWindow() == null && product.status() == io.steward.product.ProductStatus.ACTIVE
                ? ProductStatus.DRAFT : ProductStatus.valueOf(product.status().name());
        return new ProductFacts(RiskLevel.valueOf(product.riskLevel().name()), status, opens, closes,
                product.termDays(), product.minimumAmount(), product.currency(), product.coolingOffHours());
    }
}
