package io.steward.assessment.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Daily jobs (the assessment expiry reminders); {@code steward.scheduling.enabled=false} switches them off. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "steward.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class AssessmentScheduling {
}
