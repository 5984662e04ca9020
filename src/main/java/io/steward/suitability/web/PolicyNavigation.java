package io.steward.suitability.web;

import io.steward.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PolicyNavigation {

    @Bean
    Navigation policyVersionsEntry() {
        return Navigation.of("nav.compliance", "nav.policy", "/compliance/policy", 810, "COMPLIANCE");
    }

    @Bean
    Navigation policyRulesEntry() {
        return Navigation.of("nav.compliance", "nav.policy-rules", "/compliance/policy/rules", 811, "COMPLIANCE");
    }
}
