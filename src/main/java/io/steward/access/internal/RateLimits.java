package io.steward.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Rate limits on the two doors anyone on the internet can knock on: staff sign-in (a password guesser) and the
 * customer channel (a token or one-time-code guesser). Counted per client address (behind the bank's proxy, the
 * address it forwards) in one-minute windows; over the limit the answer is 429 with a message saying when to try
 * again. The account lockout (SignInLockout) still guards each account; this guards the door itself. Windows live in
 * this node's memory: with several nodes behind a load balancer the limit applies per node.
 */
@Configuration(proxyBeanMethods = false)
class RateLimits {

    /** A limit on requests matching a path (and method) per client address and minute. */
    record Limit(String name, String method, String pathPrefix, int perMinute) {

        boolean matches(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return (method == null || method.equalsIgnoreCase(request.getMethod()))
                    && (path.equals(pathPrefix) || path.startsWith(pathPrefix + "/"));
        }
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(Clock clock, MessageSource messages,
            @Value("${steward.rate-limits.sign-in-per-minute:10}") int signIn,
            @Value("${steward.rate-limits.channel-per-minute:60}") int channel,
            @Value("${steward.rate-limits.exempt-address-prefixes:}") List<String> exempt) {
        RateLimitFilter filter = new RateLimitFilter(clock, messages, List.of(
                new Limit("sign-in", "POST", "/sign-in", signIn),
                new Limit("channel", null, "/c", channel)), exempt.stream().filter(p -> !p.isBlank()).toList());
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(filter);
        // after the forwarded-headers filter (the client's address), before Spring Security (no work for a flood)
        registration.setOrder(-200);
        return registration;
    }

    static final class RateLimitFilter extends OncePerRequestFilter {

        private final Clock clock;
        private final MessageSource messages;
        private final List<Limit> limits;
        private final List<String> exemptPrefixes;
        private final Map<String, AtomicInteger> windows = new ConcurrentHashMap<>();

        RateLimitFilter(Clock clock, MessageSource messages, List<Limit> limits, List<String> exemptPrefixes) {
            this.clock = clock;
            this.messages = messages;
            this.limits = limits;
            this.exemptPrefixes = exemptPrefixes;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String address = request.getRemoteAddr();
            for (Limit limit : limits) {
                if (limit.matches(request) && exemptPrefixes.stream().noneMatch(address::startsWith)) {
                    long minute = clock.millis() / 60_000;
                    if (windows.size() > 100_000) {
                        windows.keySet().removeIf(key -> !key.endsWith("@" + minute));
                    }
                    int count = windows.computeIfAbsent(limit.name() + "|" + address + "@" + minute,
                            key -> new AtomicInteger()).incrementAndGet();
                    if (count > limit.perMinute()) {
                        refuse(request, response, limit, 60 - (clock.millis() / 1000) % 60);
                        return;
                    }
                }
            }
            chain.doFilter(request, response);
        }

        private void refuse(HttpServletRequest request, HttpServletResponse response, Limit limit, long retryAfter)
                throws IOException {
            String message = messages.getMessage("rate-limit." + limit.name(), new Object[] {retryAfter},
                    RequestContextUtils.getLocale(request));
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(retryAfter));
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
        }
    }
}
