package io.steward.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API over real HTTP, as one staff member (HTTP Basic) or as nobody. Every call to {@code /api/**} is held to
 * the OpenAPI document ({@link ApiContract}): a test whose request or response the document does not describe fails.
 */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final String authorization;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Api(int port, String authorization) {
        this.port = port;
        this.authorization = authorization;
    }

    public static Api anonymous(int port) {
        return new Api(port, null);
    }

    public static Api as(int port, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(port, "Basic " + token);
    }

    public Api header(String name, String value) {
        Api copy = new Api(port, authorization);
        copy.headers.putAll(headers);
        copy.headers.put(name, value);
        return copy;
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, jsonOf(body), "application/json");
    }

    public Response put(String path, Object body) {
        return send("PUT", path, jsonOf(body), "application/json");
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    /** A multipart/form-data upload: text fields and one file part (none when {@code content} is null). */
    public Response postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
            String contentType, byte[] content) {
        String boundary = "steward-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (content != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                    + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("POST", path, body.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    /** A file as the raw body of a PUT (the API takes scanned copies so). */
    public Response putFile(String path, String contentType, byte[] content) {
        return send("PUT", path, content, contentType);
    }

    /** The raw bytes of a download; anything but 200 fails. */
    public byte[] download(String path) {
        Response response = send("GET", path, null, null);
        if (response.status() != 200) {
            throw new IllegalStateException("download of " + path + " answered " + response.status());
        }
        return response.bytes();
    }

    /** Sends a raw body as it is, for malformed-input tests. */
    public Response postRaw(String path, String body) {
        return send("POST", path, body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    /** A CSV file as the request body (the holdings import). */
    public Response postCsv(String path, String csv) {
        return send("POST", path, csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    }

    private static byte[] jsonOf(Object body) {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private Response send(String method, String path, byte[] body, String contentType) {
        Map<String, String> sent = new LinkedHashMap<>(headers);
        if (contentType != null) {
            sent.put("Content-Type", contentType);
        }
        if (authorization != null) {
            sent.put("Authorization", authorization);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        sent.forEach(request::header);
        HttpResponse<byte[]> answer;
        try {
            answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        URI uri = answer.uri();
        if (uri.getRawPath().startsWith("/api/")) {
            ApiContract.of(port).check(new ApiContract.Exchange(method, uri.getRawPath(), uri.getRawQuery(), sent,
                    body == null ? new byte[0] : body, answer.statusCode(), answer.headers().map(), answer.body()));
        }
        return new Response(answer.statusCode(), answer.body(), answer.headers().map());
    }

    public record Response(int status, byte[] bytes, Map<String, List<String>> headers) {

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(body());
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body();
        }
    }
}
