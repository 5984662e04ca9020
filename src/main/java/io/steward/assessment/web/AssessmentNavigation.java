package io.steward.assessment.web;

import io.steward.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AssessmentNavigation {

    @Bean
    Navigation assessmentReviewsEntry() {
        return Navigation.of("nav.compliance", "nav.assessment-reviews", "/reviews/assessments", 700, "COMPLIANCE",
                "RETAIL_HEAD");
    }
}
