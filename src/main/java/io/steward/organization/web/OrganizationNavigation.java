package io.steward.organization.web;

import io.steward.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrganizationNavigation {

    @Bean
    Navigation institutionsEntry() {
        return Navigation.of("nav.administration", "nav.institutions", "/admin/institutions", 900, "ADMIN");
    }

    @Bean
    Navigation staffEntry() {
        return Navigation.of("nav.administration", "nav.staff", "/admin/staff", 901, "ADMIN");
    }

    @Bean
    Navigation certificatesEntry() {
        return Navigation.of("nav.administration", "nav.certificates", "/admin/certificates", 902, "ADMIN");
    }

    @Bean
    Navigation teamsEntry() {
        return Navigation.of("nav.administration", "nav.teams", "/admin/teams", 903, "ADMIN");
    }
}
