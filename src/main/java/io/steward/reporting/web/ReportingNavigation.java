package io.steward.reporting.web;

import io.steward.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportingNavigation {

    @Bean
    Navigation customerReportsEntry() {
        return Navigation.of("nav.reports", "nav.reports.customers", "/reports", 500, "RETAIL_DIRECTOR",
                "MARKETING_MANAGER");
    }

    @Bean
    Navigation exportsEntry() {
        return Navigation.of("nav.reports", "nav.reports.exports", "/exports", 510, "RETAIL_DIRECTOR", "COMPLIANCE");
    }

    @Bean
    Navigation anomaliesEntry() {
        return Navigation.of("nav.compliance", "nav.anomalies", "/compliance/anomalies", 820, "COMPLIANCE");
    }
}
