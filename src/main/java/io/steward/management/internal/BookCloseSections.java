package io.steward.management.internal;

import static io.steward.management.internal.CloseSections.section;

import io.steward.assessment.AssessmentFigures;
import io.steward.confirmation.ProxyConfirmationFigures;
import io.steward.customer.ClientBookFigures;
import io.steward.customer.ClientBookFigures.BookEntry;
import io.steward.customer.RiskProfiles;
import io.steward.management.AumFigures;
import io.steward.management.CloseSection.Figure;
import io.steward.management.DailyCloseSection;
import io.steward.management.internal.BookMetrics.QualityThreshold;
import io.steward.sales.SalesFigures;
import io.steward.sales.SalesFigures.ByRiskLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sections of the daily close read from the client book, the assessments, the customer channel and the sales:
 * what the department's staff sold that day by product risk level, the customers they registered, the AUM of their
 * books, the assessments they ran and those about to expire, and what was flagged for COMPLIANCE. Counts and sums
 * only: the manager sees no customer (DESIGN §6).
 */
@Configuration(proxyBeanMethods = false)
class BookCloseSections {

    /** ASSESS-1's reminder window, as the client book's "expiring" filter reads it. */
    static final int EXPIRY_WINDOW_DAYS = 30;

    /** Sales released that day: in total, and per product risk level (amounts in CNY; other currencies apart). */
    @Bean
    DailyCloseSection salesSection(SalesFigures sales) {
        return section("sales", 12, (department, day) -> {
            List<ByRiskLevel> byLevel = sales.releasedByRiskLevel(department.staff(), day, day);
            List<Figure> figures = new ArrayList<>();
            figures.add(Figure.of("management.close.sales.count", byLevel.stream().mapToLong(ByRiskLevel::sales).sum()));
            figures.add(Figure.of("management.close.sales.volume", byLevel.stream()
                    .filter(row -> row.currency().equals(BookMetrics.REPORTING_CURRENCY))
                    .map(ByRiskLevel::volume).reduce(BigDecimal.ZERO, BigDecimal::add)));
            for (ByRiskLevel row : byLevel) {
                String subject = row.currency().equals(BookMetrics.REPORTING_CURRENCY) ? row.riskLevel().name()
                        : row.riskLevel().name() + " " + row.currency();
                figures.add(Figure.about("management.close.sales.count-by-risk", subject, BigDecimal.valueOf(row.sales())));
                figures.add(Figure.about("management.close.sales.volume-by-risk", subject, row.volume()));
            }
            return figures;
        });
    }

    /** Customers registered that day, in total and per staff member who registered them. */
    @Bean
    DailyCloseSection newCustomersSection(ClientBookFigures book) {
        return section("customers", 13, (department, day) -> {
            List<Figure> figures = new ArrayList<>();
            long total = 0;
            for (String username : department.staff()) {
                long registered = book.registered(Set.of(username), day, day);
                total += registered;
                if (registered > 0) {
                    figures.add(Figure.about("management.close.customers.by-staff", username, BigDecimal.valueOf(registered)));
                }
            }
            figures.addFirst(Figure.of("management.close.customers.new", total));
            return figures;
        });
    }

    /** The AUM of the department's books at the end of the day, its change over the day, and the quality customers. */
    @Bean
    DailyCloseSection aumSection(AumFigures aum, QualityThreshold threshold) {
        return section("aum", 14, (department, day) -> {
            BigDecimal atClose = aum.aumOn(department.staff(), day);
            return List.of(Figure.of("management.close.aum.total", atClose),
                    Figure.of("management.close.aum.change", atClose.subtract(aum.aumOn(department.staff(), day.minusDays(1)))),
                    Figure.of("management.close.aum.quality-customers",
                            aum.customersWithAumAtLeast(department.staff(), threshold.aum(), day)));
        });
    }

    /**
     * Assessments the staff ran that took effect that day, and the department's customers whose assessment is valid
     * that day but not {@value #EXPIRY_WINDOW_DAYS} days later.
     */
    @Bean
    DailyCloseSection assessmentsSection(AssessmentFigures assessments, ClientBookFigures book, RiskProfiles risks) {
        return section("assessments", 15, (department, day) -> {
            List<Long> customers = book.customersOf(department.staff()).stream().map(BookEntry::id).toList();
            long expiring = customers.isEmpty() ? 0 : risks.on(customers, day).values().stream()
                    .filter(profile -> profile.expiresWithin(day, EXPIRY_WINDOW_DAYS)).count();
            return List.of(Figure.of("management.close.assessments.done", assessments.tookEffect(department.staff(), day)),
                    Figure.of("management.close.assessments.expiring", expiring));
        });
    }

    /**
     * What was flagged for COMPLIANCE that day about the staff's work: interview records promising what staff must
     * not (REC-2), confirmations that looked made by the staff member (CONF-1), repeat assessments sent to review
     * (ASSESS-3).
     */
    @Bean
    DailyCloseSection complianceSection(ClientBookFigures book, ProxyConfirmationFigures proxies,
            AssessmentFigures assessments) {
        return section("compliance", 16, (department, day) -> List.of(
                Figure.of("management.close.compliance.interview-flags", book.interviewFlagsRaised(department.staff(), day)),
                Figure.of("management.close.compliance.proxy-flags", proxies.flagsRaised(department.staff(), day)),
                Figure.of("management.close.compliance.assessment-reviews", assessments.reviewsOpened(department.staff(), day))));
    }
}
