package io.steward.confirmation.internal;

import io.steward.platform.web.PublicPaths;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The customer channel needs no staff sign-in; nor, in demo mode, the outbox that stands in for the phone. */
@Configuration(proxyBeanMethods = false)
class ChannelPaths {

    @Bean
    PublicPaths customerChannelPaths() {
        return PublicPaths.of("/c/**");
    }

    @Bean
    @ConditionalOnProperty(name = "steward.demo.enabled", havingValue = "true")
    PublicPaths demoOutboxPaths() {
        return PublicPaths.of("/demo/outbox");
    }
}
