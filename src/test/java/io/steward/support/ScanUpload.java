package io.steward.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Sends a file as the raw body of a PUT, as the API takes scanned copies. */
public final class ScanUpload {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ScanUpload() {
    }

    public static Api.Response put(int port, String username, String path, String contentType, byte[] content) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + IntegrationTest.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content))
                .header("Content-Type", contentType).header("Authorization", "Basic " + basic).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
