package io.steward.portfolio.web;

import io.steward.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PortfolioNavigation {

    @Bean
    Navigation portfolioScanEntry() {
        return Navigation.of("nav.portfolio", "nav.portfolio.scan", "/portfolio/scan", 400, "COMPLIANCE", "ADMIN");
    }

    @Bean
    Navigation holdingsImportEntry() {
        return Navigation.of("nav.portfolio", "nav.portfolio.imports", "/portfolio/imports", 410, "ADMIN");
    }
}
