package io.steward.sales.internal;

import io.steward.sales.CoreBankingGateway;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Core banking over HTTP: {@code POST <steward.core-banking.url>/orders} with the order as JSON and its
 * {@code Idempotency-Key}; core banking answers {@code {"reference": "..."}}.
 */
@Component
@ConditionalOnExpression("'${steward.core-banking.url:in-process}' != 'in-process'")
class HttpCoreBankingGateway implements CoreBankingGateway {

    private final RestClient http;

    HttpCoreBankingGateway(@Value("${steward.core-banking.url}") String url) {
        this.http = RestClient.builder().baseUrl(url).build();
    }

    @Override
    public String deliver(Order order) {
        Map<?, ?> answer = http.post().uri("/orders").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", order.idempotencyKey())
                .body(order)
                .retrieve()
                .body(Map.class);
        if (answer == null || !(answer.get("reference") instanceof String reference)) {
            throw new IllegalStateException("core banking answered without a reference");
        }
        return reference;
    }
}
