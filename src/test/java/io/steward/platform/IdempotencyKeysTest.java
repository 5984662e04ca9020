package io.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Api;
import io.steward.support.Api.Response;
import io.steward.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest extends IntegrationTest {

    @Test
    void the_same_post_repeated_with_one_key_has_one_effect_and_the_same_answer() {
        String code = unique("idem").toUpperCase();
        Api admin = as("admin").header("Idempotency-Key", unique("key"));
        Map<String, String> branch = Map.of("code", code, "name", "Suzhou Branch", "type", "BRANCH", "parentCode", "HO");

        Response first = admin.post("/api/v1/institutions", branch);
        Response again = admin.post("/api/v1/institutions", branch);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(institutionsWithCode(code)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where event_type = 'INSTITUTION_CREATED' and subject_id = ?")
                .param(code).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_key_reused_for_a_different_request_is_refused() {
        Api admin = as("admin").header("Idempotency-Key", unique("key"));
        admin.post("/api/v1/institutions", Map.of("code", unique("a").toUpperCase(), "name", "A", "type", "BRANCH", "parentCode", "HO"));

        Response reused = admin.post("/api/v1/institutions",
                Map.of("code", unique("b").toUpperCase(), "name", "B", "type", "BRANCH", "parentCode", "HO"));

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("type").asString()).isEqualTo("urn:steward:problem:idempotency-key-reused");
    }

    @Test
    void concurrent_repeats_of_one_key_still_have_one_effect() throws Exception {
        String code = unique("conc").toUpperCase();
        Api admin = as("admin").header("Idempotency-Key", unique("key"));
        Map<String, String> branch = Map.of("code", code, "name", "Wuxi Branch", "type", "BRANCH", "parentCode", "HO");
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            List<Future<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(pool.submit((Callable<Response>) () -> admin.post("/api/v1/institutions", branch)));
            }
            for (Future<Response> call : calls) {
                statuses.add(call.get().status());
            }
        }

        assertThat(statuses).allMatch(status -> status == 201 || status == 409);
        assertThat(statuses).contains(201);
        assertThat(institutionsWithCode(code)).isEqualTo(1);
    }

    @Test
    void a_refused_request_is_kept_too_but_different_users_have_their_own_keys() {
        String key = unique("shared");
        Response asPractitioner = as("wang").header("Idempotency-Key", key).post("/api/v1/institutions",
                Map.of("code", unique("w").toUpperCase(), "name", "W", "type", "BRANCH", "parentCode", "HO"));
        Response asAdmin = as("admin").header("Idempotency-Key", key).post("/api/v1/institutions",
                Map.of("code", unique("w").toUpperCase(), "name", "W", "type", "BRANCH", "parentCode", "HO"));

        assertThat(asPractitioner.status()).isEqualTo(403);
        assertThat(asAdmin.status()).isEqualTo(201);
    }

    private long institutionsWithCode(String code) {
        return jdbc.sql("select count(*) from institution where code = ?").param(code).query(Long.class).single();
    }
}
