package io.steward.confirmation.internal;

import io.steward.confirmation.CustomerNotifier;
import java.net.URI;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The bank's SMS gateway over HTTP: {@code POST <steward.channel.sms-gateway.url>} with
 * {@code {"to": "...", "text": "...", "reference": "confirmation-<id>"}} and the configured bearer token. A failure
 * is an error for the caller (the request is not created without its code being sent); the text is never logged.
 */
class SmsGateway implements CustomerNotifier {

    private final RestClient http;
    private final URI url;

    SmsGateway(RestClient.Builder builder, URI url, String token) {
        RestClient.Builder configured = builder.clone();
        if (token != null && !token.isBlank()) {
            configured.defaultHeader("Authorization", "Bearer " + token);
        }
        this.http = configured.build();
        this.url = url;
    }

    @Override
    public void send(OutgoingMessage message) {
        try {
            http.post().uri(url).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("to", message.phone(), "text", message.text(),
                            "reference", "confirmation-" + message.requestId()))
                    .retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            throw new IllegalStateException("The SMS gateway refused the message for confirmation "
                    + message.requestId() + ": " + e.getClass().getSimpleName());
        }
    }
}
