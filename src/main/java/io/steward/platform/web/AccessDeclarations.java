package io.steward.platform.web;

import java.util.Optional;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Finds the {@link Access} declaration of a handler: its method's own, else its controller class's. The door and the
 * role-by-endpoint test both read declarations through here, so they cannot disagree about which one applies.
 */
public final class AccessDeclarations {

    private AccessDeclarations() {
    }

    /** Handlers of Steward's own controllers (the framework's error and documentation endpoints are not ours). */
    public static boolean isOurs(HandlerMethod handler) {
        return handler.getBeanType().getPackageName().startsWith("io.steward");
    }

    public static Optional<Access> of(HandlerMethod handler) {
        Access onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Access.class);
        if (onMethod != null) {
            return Optional.of(onMethod);
        }
        return Optional.ofNullable(AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), Access.class));
    }
}
