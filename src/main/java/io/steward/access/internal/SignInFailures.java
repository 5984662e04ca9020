package io.steward.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** Back to the sign-in page, saying whether the account is locked or disabled (never whether a username exists). */
@Component
class SignInFailures implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason = switch (exception) {
            case LockedException locked -> "locked";
            case DisabledException disabled -> "disabled";
            default -> "bad";
        };
        response.sendRedirect(request.getContextPath() + "/sign-in?error=" + reason);
    }
}
