package io.steward.confirmation.internal;

import io.steward.confirmation.RequestOrigin;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every browser that opens a page a random device id in a long-lived cookie, so the channel can tell a
 * confirmation given on the practitioner's own browser from one given on the customer's (see {@link ProxyFlags}).
 * It identifies a browser, not a person, and carries nothing else. The JSON API and static files are left alone.
 */
@Component
class DeviceCookie extends OncePerRequestFilter {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/webjars/")
                || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasDevice(request)) {
            byte[] id = new byte[18];
            RANDOM.nextBytes(id);
            String device = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
            request.setAttribute(RequestOrigin.DEVICE_ATTRIBUTE, device);
            response.addHeader("Set-Cookie", ResponseCookie.from(RequestOrigin.DEVICE_COOKIE, device)
                    .path("/").httpOnly(true).secure(request.isSecure()).sameSite("Lax").maxAge(Duration.ofDays(730)).build().toString());
        }
        chain.doFilter(request, response);
    }

    private static boolean hasDevice(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return false;
        }
        for (Cookie cookie : request.getCookies()) {
            if (RequestOrigin.DEVICE_COOKIE.equals(cookie.getName())) {
                return true;
            }
        }
        return false;
    }
}
