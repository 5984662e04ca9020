package io.steward.access;

import io.steward.support.IntegrationTest;
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
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;

/**
 * One caller of the access matrix: a staff member signed in both ways (a page session with its CSRF token, and HTTP
 * Basic for the API), or a visitor with neither.
 */
final class MatrixClient {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern META_TOKEN = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private final String basic;
    private String csrf;

    private MatrixClient(int port, String basic) {
        this.base = "http://localhost:" + port;
        this.basic = basic;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Someone who opened the sign-in page (so holds a CSRF token, as a browser would) but did not sign in. */
    static MatrixClient visitor(int port) {
        MatrixClient client = new MatrixClient(port, null);
        client.csrf = client.formToken();
        return client;
    }

    private String formToken() {
        Matcher form = FORM_TOKEN.matcher(exchange(HttpRequest.newBuilder(URI.create(base + "/sign-in"))).body());
        if (!form.find()) {
            throw new IllegalStateException("no sign-in form");
        }
        return form.group(1);
    }

    static MatrixClient signedIn(int port, String username) {
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + IntegrationTest.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        MatrixClient client = new MatrixClient(port, basic);
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(IntegrationTest.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + client.formToken();
        Answer signedIn = client.exchange(HttpRequest.newBuilder(URI.create(client.base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (signedIn.status() != 302 || signedIn.location().contains("error")) {
            throw new IllegalStateException(username + " could not sign in: " + signedIn.location());
        }
        Matcher meta = META_TOKEN.matcher(client.exchange(HttpRequest.newBuilder(URI.create(client.base + "/"))).body());
        if (!meta.find()) {
            throw new IllegalStateException("no CSRF token on the start page");
        }
        client.csrf = meta.group(1);
        return client;
    }

    Answer send(MatrixRequest request, Map<String, String> given) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path(given)))
                .header("Accept", "*/*");
        if (request.api() && basic != null) {
            builder.header("Authorization", basic);
        }
        if (!request.api() && csrf != null) {
            builder.header("X-CSRF-TOKEN", csrf);
        }
        String method = request.method();
        if (method.equals("GET") || method.equals("DELETE")) {
            return exchange(builder.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        MediaType type = request.consumes();
        if (type != null && type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA)) {
            builder.header("Content-Type", "multipart/form-data; boundary=matrix");
            return exchange(builder.method(method, HttpRequest.BodyPublishers.ofString("--matrix--\r\n")));
        }
        if (type != null && !type.isWildcardType()) {
            builder.header("Content-Type", type.toString());
            return exchange(builder.method(method, HttpRequest.BodyPublishers.ofString(
                    type.isCompatibleWith(MediaType.APPLICATION_JSON) ? "{}" : "")));
        }
        if (request.api()) {
            builder.header("Content-Type", "application/json");
            return exchange(builder.method(method, HttpRequest.BodyPublishers.ofString("{}")));
        }
        builder.header("Content-Type", "application/x-www-form-urlencoded");
        return exchange(builder.method(method, HttpRequest.BodyPublishers.ofString("")));
    }

    private Answer exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Answer(int status, String location, String body) {

        /** Stopped at the door: not signed in, or signed in without a role the declaration names. */
        boolean doorRefused(boolean api) {
            return status == 401 || (status == 403 && isDoorRefusal(api))
                    || (status == 302 && location != null && location.endsWith("/sign-in"));
        }

        /** A 403 of the door itself (on the API its problem type says so), not a refusal of the handler. */
        boolean isDoorRefusal(boolean api) {
            return !api || body.contains("urn:steward:problem:forbidden");
        }
    }
}
