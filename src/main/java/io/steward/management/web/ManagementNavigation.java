package io.steward.management.web;

import io.steward.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ManagementNavigation {

    @Bean
    Navigation departmentDashboardEntry() {
        return Navigation.of("nav.management", "nav.management.dashboard", "/management", 600, "DEPARTMENT_MANAGER", "RETAIL_DIRECTOR");
    }

    @Bean
    Navigation dailyCloseEntry() {
        return Navigation.of("nav.management", "nav.management.daily-close", "/management/daily-close", 601, "DEPARTMENT_MANAGER", "RETAIL_DIRECTOR");
    }

    @Bean
    Navigation plansEntry() {
        return Navigation.of("nav.management", "nav.management.plans", "/management/plans", 602, "DEPARTMENT_MANAGER");
    }

    @Bean
    Navigation targetsEntry() {
        return Navigation.of("nav.management", "nav.management.targets", "/management/targets", 603, "DEPARTMENT_MANAGER");
    }

    @Bean
    Navigation appraisalsEntry() {
        return Navigation.of("nav.management", "nav.management.appraisals", "/management/appraisals", 604, "DEPARTMENT_MANAGER");
    }

    @Bean
    Navigation meetingsEntry() {
        return Navigation.of("nav.management", "nav.management.meetings", "/management/meetings", 605, "DEPARTMENT_MANAGER");
    }

    @Bean
    Navigation trainingEntry() {
        return Navigation.of("nav.management", "nav.management.training", "/management/training", 606, "DEPARTMENT_MANAGER");
    }

    @Bean
    Navigation successionEntry() {
        return Navigation.of("nav.management", "nav.management.succession", "/management/succession", 607, "DEPARTMENT_MANAGER");
    }

    @Bean
    Navigation campaignsEntry() {
        return Navigation.of("nav.management", "nav.management.campaigns", "/management/campaigns", 608, "DEPARTMENT_MANAGER", "PRACTITIONER");
    }

    @Bean
    Navigation careEntry() {
        return Navigation.of("nav.management", "nav.management.care", "/management/care", 609, "DEPARTMENT_MANAGER", "PRACTITIONER");
    }

    @Bean
    Navigation prospectsEntry() {
        return Navigation.of("nav.management", "nav.management.prospects", "/management/prospects", 610, "DEPARTMENT_MANAGER", "PRACTITIONER");
    }

    @Bean
    Navigation myDashboardEntry() {
        return Navigation.of("nav.management-my", "nav.management.my", "/my", 100, "PRACTITIONER", "ASSISTANT", "STAFF");
    }
}
