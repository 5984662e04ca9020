package io.steward.confirmation.internal;

import io.steward.confirmation.CustomerNotifier;
import io.steward.platform.DomainRefusal;
import java.net.URI;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * Which {@link CustomerNotifier} sends the codes: the SMS gateway when {@code steward.channel.sms-gateway.url} is
 * set; otherwise, in demo mode, the demo outbox; otherwise none, and asking for a confirmation is refused with a
 * clear message (the rest of Steward works).
 */
@Configuration(proxyBeanMethods = false)
class CustomerNotifierConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CustomerNotifierConfiguration.class);

    @Bean
    @ConditionalOnMissingBean(CustomerNotifier.class)
    CustomerNotifier customerNotifier(Environment environment, JdbcClient jdbc, Clock clock) {
        String gateway = environment.getProperty("steward.channel.sms-gateway.url");
        if (gateway != null && !gateway.isBlank()) {
            return new SmsGateway(RestClient.builder(), URI.create(gateway), environment.getProperty("steward.channel.sms-gateway.token"));
        }
        if (environment.getProperty("steward.demo.enabled", Boolean.class, false)) {
            return new DemoOutbox(jdbc, clock);
        }
        log.warn("No SMS gateway configured (steward.channel.sms-gateway.url): customers cannot be sent one-time codes, "
                + "so confirmations through the customer channel are refused.");
        return message -> {
            throw DomainRefusal.conflict("channel-not-configured",
                    "No SMS gateway is configured: the customer channel cannot send codes");
        };
    }
}
