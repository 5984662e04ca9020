package io.steward.confirmation.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The channel's limits: a code is valid for 5 minutes, 5 wrong codes lock the request, a link is valid for 72 hours
 * and at most 5 codes are sent per request. {@code steward.channel.base-url} is the address links point to (by
 * default, the address the staff member used when asking).
 */
@Component
class ChannelSettings {

    final Duration codeValidity;
    final int maxWrongCodes;
    final Duration linkValidity;
    final int maxCodesSent;
    final String baseUrl;

    ChannelSettings(@Value("${steward.channel.code-validity:5m}") Duration codeValidity,
            @Value("${steward.channel.max-wrong-codes:5}") int maxWrongCodes,
            @Value("${steward.channel.link-validity:72h}") Duration linkValidity,
            @Value("${steward.channel.max-codes-sent:5}") int maxCodesSent,
            @Value("${steward.channel.base-url:}") String baseUrl) {
        this.codeValidity = codeValidity;
        this.maxWrongCodes = maxWrongCodes;
        this.linkValidity = linkValidity;
        this.maxCodesSent = maxCodesSent;
        this.baseUrl = baseUrl;
    }
}
