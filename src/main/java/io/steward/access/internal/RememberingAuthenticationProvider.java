package io.steward.access.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Asks {@link VerifiedCredentials} before the bcrypt check of the wrapped provider, and fills it after one. */
class RememberingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider checker;
    private final VerifiedCredentials verified;

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
        if (known != null) {
            Remembered result = new Remembered(known);
            result.setDetails(authentication.getDetails());
            return result;
        }
        Authentication checked = checker.authenticate(authentication);
        if (checked != null && checked.isAuthenticated()) {
            verified.remember(username, password, checked);
        }
        return checked;
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
