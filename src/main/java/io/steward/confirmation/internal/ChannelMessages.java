package io.steward.confirmation.internal;

import io.steward.confirmation.CustomerNotifier;
import io.steward.confirmation.CustomerNotifier.OutgoingMessage;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The text messages of the channel, in Chinese and English, and where they go. The link points at
 * {@code steward.channel.base-url}, or else at the address the staff member used.
 */
@Component
class ChannelMessages {

    private final CustomerNotifier notifier;
    private final MessageSource messages;
    private final ChannelSettings settings;

    ChannelMessages(CustomerNotifier notifier, MessageSource messages, ChannelSettings settings) {
        this.notifier = notifier;
        this.messages = messages;
        this.settings = settings;
    }

    /** The link to the channel page, absolute, as a customer's phone needs it. */
    String link(String token) {
        String base = settings.baseUrl;
        if (base == null || base.isBlank()) {
            base = RequestContextHolder.getRequestAttributes() != null
                    ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : "http://localhost:8080";
        }
        return base.replaceAll("/+$", "") + "/c/" + token;
    }

    void sendToCustomer(long requestId, String phone, String title, String titleZh, String link, String code) {
        long minutes = settings.codeValidity.toMinutes();
        notifier.send(new OutgoingMessage(requestId, phone,
                text("channel.sms.customer", Locale.SIMPLIFIED_CHINESE, titleZh, link, code, minutes) + " / "
                        + text("channel.sms.customer", Locale.ENGLISH, title, link, code, minutes)));
    }

    void sendToSecondParty(long requestId, String phone, String title, String titleZh, String customerNumber,
            String link, String code) {
        long minutes = settings.codeValidity.toMinutes();
        notifier.send(new OutgoingMessage(requestId, phone,
                text("channel.sms.second-party", Locale.SIMPLIFIED_CHINESE, titleZh, customerNumber, link, code, minutes)
                        + " / " + text("channel.sms.second-party", Locale.ENGLISH, title, customerNumber, link, code, minutes)));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
