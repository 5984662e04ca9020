package io.steward.access;

import io.steward.support.ApiContract;
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
import java.util.LinkedHashMap;
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

    private final int port;
    private final String base;
    private final HttpClient http;
    private final String basic;
    private String csrf;

    private MatrixClient(int port, String basic) {
        this.port = port;
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
        Matcher form = FORM_TOKEN.matcher(answer(HttpRequest.newBuilder(URI.create(base + "/sign-in"))).body());
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
        Answer signedIn = client.answer(HttpRequest.newBuilder(URI.create(client.base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (signedIn.status() != 302 || signedIn.location().contains("error")) {
            throw new IllegalStateException(username + " could not sign in: " + signedIn.location());
        }
        Matcher meta = META_TOKEN.matcher(client.answer(HttpRequest.newBuilder(URI.create(client.base + "/"))).body());
        if (!meta.find()) {
            throw new IllegalStateException("no CSRF token on the start page");
        }
        client.csrf = meta.group(1);
        return client;
    }

    Answer send(MatrixRequest request, Map<String, String> given) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "*/*");
        if (request.api() && basic != null) {
            headers.put("Authorization", basic);
        }
        if (!request.api() && csrf != null) {
            headers.put("X-CSRF-TOKEN", csrf);
        }
        String method = request.method();
        String body = null;
        MediaType type = request.consumes();
        if (method.equals("GET") || method.equals("DELETE")) {
            body = null;
        } else if (type != null && type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA)) {
            headers.put("Content-Type", "multipart/form-data; boundary=matrix");
            body = "--matrix--\r\n";
        } else if (type != null && !type.isWildcardType()) {
            headers.put("Content-Type", type.toString());
            body = type.isCompatibleWith(MediaType.APPLICATION_JSON) ? "{}" : "";
        } else if (request.api()) {
            headers.put("Content-Type", "application/json");
            body = "{}";
        } else {
            headers.put("Content-Type", "application/x-www-form-urlencoded");
            body = "";
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path(given)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::header);
        HttpResponse<String> response = exchange(builder);
        if (request.api()) {
            // the door's answers (and whatever the handler answers behind it) are held to the document too
            ApiContract.of(port).check(new ApiContract.Exchange(method, response.uri().getRawPath(),
                    response.uri().getRawQuery(), headers, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8),
                    response.statusCode(), response.headers().map(), response.body().getBytes(StandardCharsets.UTF_8)));
        }
        return answerOf(response);
    }

    /** A GET outside the handlers (the framework's own endpoints), signed in both ways where the client is. */
    Answer get(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (basic != null) {
            request.header("Authorization", basic);
        }
        return answer(request);
    }

    private Answer answer(HttpRequest.Builder request) {
        return answerOf(exchange(request));
    }

    private static Answer answerOf(HttpResponse<String> response) {
        return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null), response.body());
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
