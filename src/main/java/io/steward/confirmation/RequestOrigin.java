package io.steward.confirmation;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a request came from: the remote address (the client's, behind a proxy that sets X-Forwarded-For), the
 * browser's User-Agent and the browser's device cookie (a random id Steward gives every browser on its first visit).
 * Recorded when staff ask for a confirmation and when the customer gives it, to spot a confirmation given on the
 * practitioner's own device or from their address.
 */
public record RequestOrigin(String address, String userAgent, String deviceId) {

    public static final String DEVICE_COOKIE = "steward-device";
    public static final String DEVICE_ATTRIBUTE = RequestOrigin.class.getName() + ".device";

    public RequestOrigin {
        userAgent = userAgent != null && userAgent.length() > 512 ? userAgent.substring(0, 512) : userAgent;
    }

    public static RequestOrigin of(HttpServletRequest request) {
        return new RequestOrigin(request.getRemoteAddr(), request.getHeader("User-Agent"), deviceOf(request));
    }

    private static String deviceOf(HttpServletRequest request) {
        if (request.getAttribute(DEVICE_ATTRIBUTE) instanceof String assigned) {
            return assigned;
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (DEVICE_COOKIE.equals(cookie.getName()) && cookie.getValue().matches("[A-Za-z0-9_-]{16,64}")) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
