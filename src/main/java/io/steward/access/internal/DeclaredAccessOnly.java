package io.steward.access.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Deny by default: a Steward handler that does not declare who may call it ({@code @PreAuthorize} or
 * {@code @PermitAll} on the method or its class) is refused, so a forgotten declaration fails closed.
 */
@Configuration(proxyBeanMethods = false)
class DeclaredAccessOnly implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && isOurs(method) && !declared(method)) {
            throw new AccessDeniedException("no access declared for " + method.getShortLogMessage());
        }
        return true;
    }

    static boolean isOurs(HandlerMethod method) {
        return method.getBeanType().getPackageName().startsWith("io.steward");
    }

    static boolean declared(HandlerMethod method) {
        return method.hasMethodAnnotation(PreAuthorize.class) || method.hasMethodAnnotation(PermitAll.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PermitAll.class);
    }
}
