package io.steward.confirmation.web;

import io.steward.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConfirmationNavigation {

    @Bean
    Navigation proxyConfirmationsEntry() {
        return Navigation.of("nav.compliance", "nav.proxy-confirmations", "/compliance/proxy-confirmations", 811,
                "COMPLIANCE");
    }
}
