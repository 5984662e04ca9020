package io.steward.confirmation;

/**
 * Port: sends a text message to a phone (the customer's registered phone, or a guardian's). Adapters: an SMS
 * gateway over HTTP ({@code steward.channel.sms-gateway.url}), and in demo mode an outbox in the database shown at
 * {@code /demo/outbox} as the customer's phone. Implementations must not log the text: it carries a one-time code.
 */
public interface CustomerNotifier {

    void send(OutgoingMessage message);

    record OutgoingMessage(long requestId, String phone, String text) {
    }
}
