package io.steward.access.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Asks {@link VerifiedCredentials} before the bcrypt check of the wrapped provider, and fills it after one. Calls for a
 * username whose check is already running wait for it and ask again, so a client firing many calls at once (or at
 * the moment its remembered entry expires) pays for one bcrypt check, not one per call.
 */
class RememberingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider checker;
    private final VerifiedCredentials verified;
    private final ConcurrentMap<String, CompletableFuture<Void>> checking = new ConcurrentHashMap<>();

    RememberingAuthenticationProvider(AuthenticationProvider checker, VerifiedCredentials verified) {
        this.checker = checker;
        this.verified = verified;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (username == null || !(credentials instanceof String password)) {
            return checker.authenticate(authentication);
        }
        Authentication known = verified.find(username, password);
        CompletableFuture<Void> running = known == null ? checking.get(username) : null;
        if (running != null) {
            running.join();
            known = verified.find(username, password); // still none: another password was checked, check this one
        }
        if (known != null) {
            Remembered result = new Remembered(known);
            result.setDetails(authentication.getDetails());
            return result;
        }
        CompletableFuture<Void> mine = new CompletableFuture<>();
        boolean first = checking.putIfAbsent(username, mine) == null;
        try {
            Authentication checked = checker.authenticate(authentication);
            if (checked != null && checked.isAuthenticated()) {
                verified.remember(username, password, checked);
            }
            return checked;
        } finally {
            if (first) {
                checking.remove(username, mine);
            }
            mine.complete(null);
        }
    }

    /** An authentication served from {@link VerifiedCredentials}: no bcrypt check ran for it. */
    static final class Remembered extends UsernamePasswordAuthenticationToken {
        Remembered(Authentication known) {
            super(known.getPrincipal(), null, known.getAuthorities());
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return checker.supports(authentication);
    }
}
