package io.steward.audit.web;

import io.steward.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    Navigation auditTrailEntry() {
        return Navigation.of("nav.compliance", "nav.audit", "/compliance/audit", 800, "COMPLIANCE");
    }
}
