package io.steward.access.internal;

import io.steward.organization.StaffAccountChanged;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Records sign-ins in the audit trail and feeds the lockout: every failed attempt (form or HTTP Basic) and every
 * interactive sign-in. Successful HTTP Basic calls are not sign-ins: they would flood the trail.
 */
@Component
class SignInEvents {

    private final SignInLockout lockout;
    private final VerifiedCredentials verified;

    SignInEvents(SignInLockout lockout, VerifiedCredentials verified) {
        this.lockout = lockout;
        this.verified = verified;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        String reason = switch (event.getException()) {
            case LockedException locked -> "locked";
            case DisabledException disabled -> "disabled";
            case BadCredentialsException bad -> "bad-credentials";
            default -> event.getException().getClass().getSimpleName();
        };
        verified.forget(username);
        lockout.failed(username, reason, addressOf(event.getAuthentication()));
    }

    @EventListener
    void authenticated(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof RememberingAuthenticationProvider.Remembered) {
            return; // a failure would have evicted it, so there is no run of failures to end
        }
        lockout.clear(event.getAuthentication().getName());
    }

    @EventListener
    void accountChanged(StaffAccountChanged change) {
        verified.forget(change.username());
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        lockout.signedIn(event.getAuthentication().getName(), addressOf(event.getAuthentication()));
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
