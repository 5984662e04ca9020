package io.steward.confirmation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.steward.confirmation.CustomerNotifier.OutgoingMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** The SMS gateway adapter against a stand-in gateway on a local port. */
class SmsGatewayTest {

    private HttpServer gateway;
    private final AtomicReference<String> received = new AtomicReference<>();
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private volatile int answer = 202;

    @BeforeEach
    void start() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/sms", exchange -> {
            received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        gateway.start();
    }

    @AfterEach
    void stop() {
        gateway.stop(0);
    }

    @Test
    void a_message_is_posted_as_json_with_the_bearer_token() {
        SmsGateway sms = new SmsGateway(RestClient.builder(), url(), "secret-token");

        sms.send(new OutgoingMessage(42, "13800138000", "code 123456"));

        assertThat(received.get()).contains("\"to\":\"13800138000\"").contains("\"text\":\"code 123456\"")
                .contains("\"reference\":\"confirmation-42\"");
        assertThat(authorization.get()).isEqualTo("Bearer secret-token");
    }

    @Test
    void a_refusal_of_the_gateway_is_an_error_that_does_not_repeat_the_text() {
        answer = 503;
        SmsGateway sms = new SmsGateway(RestClient.builder(), url(), null);

        assertThatThrownBy(() -> sms.send(new OutgoingMessage(7, "13800138000", "code 654321")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("confirmation 7")
                .hasMessageNotContaining("654321");
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms");
    }
}
