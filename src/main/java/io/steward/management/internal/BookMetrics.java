package io.steward.management.internal;

import io.steward.customer.ClientBookFigures;
import io.steward.management.AumFigures;
import io.steward.management.Metric;
import io.steward.management.MetricSource;
import io.steward.sales.SalesFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The metrics measured from the client book and the sales: SALES_VOLUME, NEW_CUSTOMERS, AUM_GROWTH and
 * QUALITY_CUSTOMERS, all in CNY where money is concerned.
 */
@Configuration(proxyBeanMethods = false)
class BookMetrics {

    /** The currency the department's figures are counted in; sales in others are left out of volumes. */
    static final String REPORTING_CURRENCY = "CNY";

    interface Measure {
        BigDecimal of(Set<String> staff, LocalDate from, LocalDate to);
    }

    static MetricSource source(Metric metric, Measure measure) {
        return new MetricSource() {
            @Override
            public Metric metric() {
                return metric;
            }

            @Override
            public BigDecimal measure(Set<String> staff, LocalDate from, LocalDate to) {
                return measure.of(staff, from, to);
            }
        };
    }

    /** The amounts of the sales the staff released in the period (by release day). */
    @Bean
    MetricSource salesVolumeMetric(SalesFigures sales) {
        return source(Metric.SALES_VOLUME, (staff, from, to) -> sales.releasedVolume(staff, from, to, BookMetrics.REPORTING_CURRENCY));
    }

    /** Customers the staff registered in the period. */
    @Bean
    MetricSource newCustomersMetric(ClientBookFigures book) {
        return source(Metric.NEW_CUSTOMERS, (staff, from, to) -> BigDecimal.valueOf(book.registered(staff, from, to)));
    }

    /** The AUM of the staff's books at the end of the period less their AUM the day before it started. */
    @Bean
    MetricSource aumGrowthMetric(AumFigures aum) {
        return source(Metric.AUM_GROWTH, (staff, from, to) -> aum.aumOn(staff, to).subtract(aum.aumOn(staff, from.minusDays(1))));
    }

    /**
     * Article 5's quality customers: the customers of the staff's books whose AUM reaches the threshold
     * ({@code steward.management.quality-customer-aum}, default CNY 500,000) at the end of the period. A count at a
     * moment, so a monthly target reads "this many quality customers by the end of the month".
     */
    @Bean
    MetricSource qualityCustomersMetric(AumFigures aum, QualityThreshold threshold) {
        return source(Metric.QUALITY_CUSTOMERS, (staff, from, to) ->
                BigDecimal.valueOf(aum.customersWithAumAtLeast(staff, threshold.aum(), to)));
    }

    @Bean
    QualityThreshold qualityThreshold(@Value("${steward.management.quality-customer-aum:500000}") BigDecimal aum) {
        return new QualityThreshold(aum);
    }

    /** The AUM from which a customer is a quality customer. */
    record QualityThreshold(BigDecimal aum) {
    }
}
