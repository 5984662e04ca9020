package io.steward.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like session over real HTTP: cookies, the CSRF token of the last page, form posts. */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String csrf;

    private WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static WebSession open(int port) {
        return new WebSession(port);
    }

    public static WebSession signedIn(int port, String username, String password) {
        WebSession session = new WebSession(port);
        Page result = session.signIn(username, password);
        if (result.status() != 302 || result.header("Location").contains("error")) {
            throw new IllegalStateException("could not sign in as " + username + ": " + result.header("Location"));
        }
        session.get("/"); // signing in rotates the CSRF token: take the new one
        return session;
    }

    public Page signIn(String username, String password) {
        get("/sign-in");
        return post("/sign-in", Map.of("username", username, "password", password));
    }

    public Page get(String path) {
        Page page = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        Matcher token = CSRF.matcher(page.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return page;
    }

    public Page post(String path, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        if (csrf == null) {
            get("/sign-in");
        }
        withToken.put("_csrf", csrf);
        return postForm(path, withToken);
    }

    /** A form whose fields repeat (a group of checkboxes): its name/value pairs in order. */
    public Page post(String path, List<Map.Entry<String, String>> form) {
        if (csrf == null) {
            get("/sign-in");
        }
        List<Map.Entry<String, String>> withToken = new java.util.ArrayList<>(form);
        withToken.add(Map.entry("_csrf", csrf));
        return postPairs(path, withToken);
    }

    public Page postWithoutCsrf(String path, Map<String, String> form) {
        return postForm(path, form);
    }

    private Page postForm(String path, Map<String, String> form) {
        return postPairs(path, List.copyOf(form.entrySet()));
    }

    private Page postPairs(String path, List<Map.Entry<String, String>> form) {
        String body = form.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded"));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Page(int status, String body, Map<String, List<String>> headers) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }
}
