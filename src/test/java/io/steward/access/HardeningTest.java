package io.steward.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.IntegrationTest;
import io.steward.support.WebSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Issue 6 hardening: session fixation, cookies behind the proxy, rate limits, a CSP without inline scripts. */
class HardeningTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void signing_in_gives_a_new_session_id_and_the_one_known_before_opens_nothing() {
        WebSession session = WebSession.open(port);
        String before = sessionId(session.get("/sign-in").headers());
        WebSession.Page signedIn = session.post("/sign-in", java.util.Map.of("username", "wang", "password", DEMO_PASSWORD));
        assertThat(signedIn.status()).isEqualTo(302);
        String after = sessionId(signedIn.headers());

        assertThat(before).isNotBlank();
        assertThat(after).isNotBlank().isNotEqualTo(before);
        assertThat(send(get("/clients").header("Cookie", "SESSION=" + before)).statusCode()).as("the old id").isEqualTo(302);
        assertThat(send(get("/clients").header("Cookie", "SESSION=" + after)).statusCode()).as("the new id").isEqualTo(200);
    }

    @Test
    void behind_the_bank_s_https_proxy_the_session_cookie_is_secure_http_only_and_same_site() {
        HttpResponse<String> page = send(get("/sign-in").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "192.0.2.10"));
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies).anyMatch(cookie -> cookie.startsWith("SESSION="))
                .anyMatch(cookie -> cookie.startsWith("steward-device="))
                .allSatisfy(cookie -> assertThat(cookie).contains("; Secure").contains("; HttpOnly").contains("SameSite=Lax"));
        assertThat(send(get("/sign-in")).headers().allValues("Set-Cookie")).as("plain http, as in development")
                .isNotEmpty().noneMatch(cookie -> cookie.contains("; Secure"));

        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'").doesNotContain("script-src 'self' 'unsafe-inline'");
    }

    @Test
    void the_eleventh_sign_in_attempt_in_a_minute_from_one_address_is_answered_429_with_a_clear_message() {
        clock.fixAt(clock.instant().truncatedTo(ChronoUnit.MINUTES).plusSeconds(10));
        String address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(send(signIn(address)).statusCode()).as("attempt " + attempt).isNotEqualTo(429);
        }
        HttpResponse<String> refused = send(signIn(address));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).isEqualTo("Too many sign-in attempts from your network address. "
                + "Please wait 50 seconds and try again.");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("50");
        assertThat(send(signIn("203.0.113.0")).statusCode()).as("another address").isNotEqualTo(429);

        clock.advance(java.time.Duration.ofMinutes(1));
        assertThat(send(signIn(address)).statusCode()).as("a minute later").isNotEqualTo(429);
    }

    @Test
    void the_customer_channel_answers_429_to_an_address_that_guesses_links() {
        clock.fixAt(clock.instant().truncatedTo(ChronoUnit.MINUTES).plusSeconds(30));
        String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        for (int guess = 1; guess <= 60; guess++) {
            assertThat(send(get("/c/Guess" + guess + "x".repeat(38)).header("X-Forwarded-For", address)).statusCode())
                    .isNotEqualTo(429);
        }
        HttpResponse<String> refused = send(get("/c/Guess61" + "x".repeat(38)).header("X-Forwarded-For", address)
                .header("Accept-Language", "zh-CN"));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).isEqualTo("您的网络地址请求过于频繁，请等待 30 秒后重新打开链接。");
    }

    @Test
    void no_template_carries_an_inline_script_or_event_handler_the_content_security_policy_would_block()
            throws IOException {
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern handler = Pattern.compile("\\s(th:)?on[a-z]+\\s*=|hx-on|javascript:", Pattern.CASE_INSENSITIVE);
        List<Path> templates;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            templates = files.filter(file -> file.toString().endsWith(".html")).toList();
        }
        assertThat(templates).hasSizeGreaterThan(20);
        for (Path template : templates) {
            String html = Files.readString(template);
            assertThat(inlineScript.matcher(html).find()).as(template + " has an inline <script>").isFalse();
            assertThat(handler.matcher(html).find()).as(template + " has an inline event handler").isFalse();
        }
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }

    private HttpRequest.Builder signIn(String address) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString("username=nobody&password=guess"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sessionId(java.util.Map<String, List<String>> headers) {
        String setCookie = headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(e -> e.getValue().stream()).filter(cookie -> cookie.startsWith("SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + headers));
        return setCookie.substring("SESSION=".length(), setCookie.indexOf(';'));
    }
}
