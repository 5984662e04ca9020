package io.steward.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Api;
import io.steward.support.IntegrationTest;
import io.steward.support.WebSession;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityTest extends IntegrationTest {

    @Test
    void the_api_without_credentials_answers_401_with_a_problem() {
        Api.Response response = anonymous().get("/api/v1/staff");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:steward:problem:unauthenticated");
    }

    @Test
    void the_wrong_role_gets_403() {
        Api.Response response = as("wang").get("/api/v1/audit/verify");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:steward:problem:forbidden");
    }

    @Test
    void pages_send_anonymous_visitors_to_the_sign_in_page_and_refuse_the_wrong_role() {
        WebSession visitor = WebSession.open(port);
        assertThat(visitor.get("/admin/staff").status()).isEqualTo(302);
        assertThat(visitor.get("/admin/staff").header("Location")).endsWith("/sign-in");

        WebSession practitioner = WebSession.signedIn(port, "wang", DEMO_PASSWORD);
        assertThat(practitioner.get("/admin/staff").status()).isEqualTo(403);
        assertThat(practitioner.get("/").status()).isEqualTo(200);
    }

    @Test
    void five_failed_sign_ins_lock_the_account_for_fifteen_minutes() {
        String username = newAccount();

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(Api.as(port, username, "wrong-password").get("/api/v1/staff/" + username).status()).isEqualTo(401);
        }
        assertThat(Api.as(port, username, DEMO_PASSWORD).get("/api/v1/staff/" + username).status())
                .as("four failures do not lock; a success clears the count").isEqualTo(200);

        for (int attempt = 1; attempt <= 5; attempt++) {
            Api.as(port, username, "wrong-password").get("/api/v1/staff/" + username);
        }
        assertThat(Api.as(port, username, DEMO_PASSWORD).get("/api/v1/staff/" + username).status())
                .as("locked: even the right password is refused").isEqualTo(401);
        WebSession page = WebSession.open(port);
        assertThat(page.signIn(username, DEMO_PASSWORD).header("Location")).endsWith("/sign-in?error=locked");

        clock.advance(Duration.ofMinutes(14));
        assertThat(Api.as(port, username, DEMO_PASSWORD).get("/api/v1/staff/" + username).status()).isEqualTo(401);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(Api.as(port, username, DEMO_PASSWORD).get("/api/v1/staff/" + username).status()).isEqualTo(200);

        List<String> events = jdbc.sql("select event_type from audit_event where subject_id = ? and subject_type = 'staff' order by seq")
                .param(username).query(String.class).list();
        assertThat(events).contains("SIGN_IN_FAILED", "SIGN_IN_LOCKED");
        assertThat(events.stream().filter("SIGN_IN_LOCKED"::equals)).hasSize(1);
    }

    @Test
    void disabling_an_account_takes_effect_at_once_for_an_api_client() {
        String username = newAccount();
        assertThat(Api.as(port, username, DEMO_PASSWORD).get("/api/v1/staff/" + username).status()).isEqualTo(200);

        assertThat(as("admin").put("/api/v1/staff/" + username + "/enabled", Map.of("enabled", false)).status())
                .isEqualTo(200);
        assertThat(Api.as(port, username, DEMO_PASSWORD).get("/api/v1/staff/" + username).status()).isEqualTo(401);

        as("admin").put("/api/v1/staff/" + username + "/enabled", Map.of("enabled", true));
        assertThat(Api.as(port, username, DEMO_PASSWORD).get("/api/v1/staff/" + username).status()).isEqualTo(200);
    }

    @Test
    void an_api_client_is_not_checked_with_bcrypt_on_every_call_but_a_change_elsewhere_counts_within_30_seconds() {
        String username = newAccount();
        assertThat(Api.as(port, username, DEMO_PASSWORD).get("/api/v1/staff/" + username).status()).isEqualTo(200);

        // another node changes the password: this node still knows the pair it verified a moment ago
        jdbc.sql("update staff set password_hash = '{noop}something-else-entirely' where username = ?").param(username).update();
        assertThat(Api.as(port, username, DEMO_PASSWORD).get("/api/v1/staff/" + username).status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(31));
        assertThat(Api.as(port, username, DEMO_PASSWORD).get("/api/v1/staff/" + username).status()).isEqualTo(401);
    }

    @Test
    void a_successful_page_sign_in_is_audited() {
        String username = newAccount();
        WebSession session = WebSession.open(port);

        assertThat(session.signIn(username, DEMO_PASSWORD).header("Location")).endsWith("/");
        assertThat(jdbc.sql("select count(*) from audit_event where event_type = 'SIGN_IN' and subject_id = ?")
                .param(username).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_form_post_without_the_csrf_token_is_refused() {
        WebSession admin = WebSession.signedIn(port, "admin", DEMO_PASSWORD);
        String code = unique("csrf").toUpperCase();

        WebSession.Page refused = admin.postWithoutCsrf("/admin/institutions",
                Map.of("code", code, "name", "Forged", "type", "BRANCH", "parentCode", "HO"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(as("admin").get("/api/v1/institutions/" + code).status()).isEqualTo(404);

        WebSession.Page accepted = admin.post("/admin/institutions",
                Map.of("code", code, "name", "Genuine", "type", "BRANCH", "parentCode", "HO"));
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(as("admin").get("/api/v1/institutions/" + code).status()).isEqualTo(200);
    }

    @Test
    void pages_carry_the_security_headers() {
        WebSession.Page page = WebSession.open(port).get("/sign-in");

        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'").contains("frame-ancestors 'none'");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void health_is_public_and_metrics_are_for_admins() {
        assertThat(anonymous().get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(as("admin").get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void the_openapi_description_lists_the_organization_endpoints() {
        String docs = anonymous().get("/v3/api-docs").body();

        assertThat(docs).contains("/api/v1/institutions").contains("/api/v1/staff/{username}/certificates");
    }

    private String newAccount() {
        String username = unique("lock");
        assertThat(as("admin").post("/api/v1/staff", Map.of("username", username, "fullName", "Lock Test",
                "institutionCode", "HO", "roles", List.of("STAFF"), "password", DEMO_PASSWORD)).status()).isEqualTo(201);
        return username;
    }
}
