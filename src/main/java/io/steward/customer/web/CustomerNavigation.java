package io.steward.customer.web;

import io.steward.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CustomerNavigation {

    @Bean
    Navigation clientBookEntry() {
        return Navigation.of("nav.clients", "nav.client-book", "/clients", 100, "PRACTITIONER", "ASSISTANT");
    }

    @Bean
    Navigation newCustomerEntry() {
        return Navigation.of("nav.clients", "nav.new-customer", "/clients/new", 101, "PRACTITIONER");
    }

    @Bean
    Navigation referralsEntry() {
        return Navigation.of("nav.clients", "nav.referrals", "/referrals", 102, "PRACTITIONER", "ASSISTANT", "STAFF");
    }

    @Bean
    Navigation teamClientsEntry() {
        return Navigation.of("nav.clients", "nav.team-clients", "/team/clients", 103, "DEPARTMENT_MANAGER");
    }

    @Bean
    Navigation accessPurposesEntry() {
        return Navigation.of("nav.compliance", "nav.access-purposes", "/compliance/customer-access", 805, "COMPLIANCE");
    }

    @Bean
    Navigation interviewFlagsEntry() {
        return Navigation.of("nav.compliance", "nav.interview-flags", "/compliance/interview-flags", 810, "COMPLIANCE");
    }
}
