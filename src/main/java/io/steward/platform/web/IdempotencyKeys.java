package io.steward.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on the API's POSTs: the first request with a key is handled and its response kept; a
 * repeat with the same key (by the same user, to the same path, with the same body) gets the kept response
 * without a second effect; the same key with a different request is refused (422), and a repeat that arrives
 * while the first is still being handled gets 409. Responses of 5xx are not kept, so a retry after a failure is
 * handled afresh. Kept responses are dropped after 24 hours.
 */
@Component
public class IdempotencyKeys extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 128;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;

    IdempotencyKeys(JdbcClient jdbc, Clock clock,
            @Value("${steward.idempotency.retention:24h}") Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        String key = request.getHeader(HEADER).trim();
        if (user == null || !user.isAuthenticated() || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            if (!key.isEmpty() && key.length() <= MAX_KEY_LENGTH) {
                chain.doFilter(request, response);
            } else {
                problem(response, 400, "idempotency-key", "An Idempotency-Key has 1 to 128 characters.");
            }
            return;
        }
        String username = user.getName();
        String path = request.getRequestURI();
        byte[] body = request.getInputStream().readAllBytes();
        String requestHash = sha256(path, body);
        int claimed = jdbc.sql("""
                insert into idempotent_request (username, key, method, path, request_hash, created_at)
                values (?, ?, 'POST', ?, ?, ?) on conflict do nothing""")
                .params(username, key, path, requestHash, OffsetDateTime.now(clock)).update();
        if (claimed == 0) {
            replay(username, key, requestHash, response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(new ReplayableRequest(request, body), recorded);
            if (recorded.getStatus() < 500) {
                jdbc.sql("""
                        update idempotent_request set status = ?, content_type = ?, response_body = ?, location = ?
                        where username = ? and key = ?""")
                        .params(recorded.getStatus(), recorded.getContentType(), recorded.getContentAsByteArray(),
                                recorded.getHeader("Location"), username, key)
                        .update();
                kept = true;
            }
        } finally {
            if (!kept) {
                jdbc.sql("delete from idempotent_request where username = ? and key = ?").params(username, key).update();
            }
            recorded.copyBodyToResponse();
        }
    }

    private void replay(String username, String key, String requestHash, HttpServletResponse response)
            throws IOException {
        Optional<Map<String, Object>> kept = jdbc.sql("""
                select request_hash, status, content_type, response_body, location
                from idempotent_request where username = ? and key = ?""")
                .params(username, key).query().listOfRows().stream().findFirst();
        if (kept.isEmpty()) {
            problem(response, 409, "idempotency-in-progress",
                    "A request with this Idempotency-Key was just abandoned; send it again.");
            return;
        }
        Map<String, Object> row = kept.get();
        if (!requestHash.equals(row.get("request_hash"))) {
            problem(response, 422, "idempotency-key-reused",
                    "This Idempotency-Key was already used for a different request.");
        } else if (row.get("status") == null) {
            problem(response, 409, "idempotency-in-progress",
                    "A request with this Idempotency-Key is still being handled.");
        } else {
            response.setStatus((Integer) row.get("status"));
            if (row.get("content_type") != null) {
                response.setContentType((String) row.get("content_type"));
            }
            if (row.get("location") != null) {
                response.setHeader("Location", (String) row.get("location"));
            }
            response.setHeader("Idempotent-Replayed", "true");
            response.getOutputStream().write((byte[]) row.get("response_body"));
        }
    }

    /** The request again, its body read once already (to hash it) and offered again to the handler. */
    private static final class ReplayableRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayableRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the request body is read synchronously");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }

    @Scheduled(fixedDelayString = "${steward.idempotency.cleanup-interval:1h}")
    void dropOldResponses() {
        jdbc.sql("delete from idempotent_request where created_at < ?")
                .param(OffsetDateTime.now(clock).minus(retention)).update();
    }

    private static void problem(HttpServletResponse response, int status, String code, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"urn:steward:problem:" + code + "\",\"title\":\""
                + HttpStatus.valueOf(status).getReasonPhrase() + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }

    private static String sha256(String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
