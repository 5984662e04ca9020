package io.steward.sales.web;

import io.steward.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SalesNavigation {

    @Bean
    Navigation myCasesEntry() {
        return Navigation.of("nav.sales", "nav.sales.cases", "/sales", 300, "PRACTITIONER");
    }

    @Bean
    Navigation witnessQueueEntry() {
        return Navigation.of("nav.sales", "nav.sales.witness", "/sales/witness", 310, "RETAIL_HEAD");
    }

    @Bean
    Navigation outboxEntry() {
        return Navigation.of("nav.sales", "nav.sales.outbox", "/sales/outbox", 320, "ADMIN", "COMPLIANCE");
    }
}
