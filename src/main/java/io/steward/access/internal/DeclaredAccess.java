package io.steward.access.internal;

import io.steward.organization.Role;
import io.steward.platform.web.Access;
import io.steward.platform.web.AccessDeclarations;
import io.steward.platform.web.DataScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The door of every Steward handler, from its {@link Access} declaration: a caller whose roles it does not name is
 * refused (403; a visitor who is not signed in is sent to sign in, or 401 on the API) before the request body is even
 * read. Deny by default: a handler without a declaration is refused to everyone, so a forgotten one fails closed.
 * At start-up every declaration is checked for sense (known role names, a {@code self} that names a path variable).
 */
@Configuration(proxyBeanMethods = false)
class DeclaredAccess implements HandlerInterceptor, WebMvcConfigurer {

    private static final Set<String> ROLES = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && AccessDeclarations.isOurs(method)) {
            Access access = AccessDeclarations.of(method).orElseThrow(
                    () -> new AccessDeniedException("no access declared for " + method.getShortLogMessage()));
            if (access.scope() != DataScope.PUBLIC) {
                admit(access, request);
            }
        }
        return true;
    }

    private static void admit(Access access, HttpServletRequest request) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("sign in first");
        }
        if (access.anyStaff() || holdsOneOf(caller, access.roles()) || isSelf(access, caller, request)) {
            return;
        }
        throw new AccessDeniedException("role not allowed");
    }

    private static boolean holdsOneOf(Authentication caller, String[] roles) {
        Set<String> held = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return Arrays.stream(roles).anyMatch(role -> held.contains("ROLE_" + role));
    }

    @SuppressWarnings("unchecked")
    private static boolean isSelf(Access access, Authentication caller, HttpServletRequest request) {
        if (access.self().isEmpty()) {
            return false;
        }
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map && caller.getName().equals(((Map<String, String>) map).get(access.self()));
    }

    @EventListener
    void checkDeclarations(ContextRefreshedEvent refreshed) {
        if (!refreshed.getApplicationContext().containsBean("requestMappingHandlerMapping")) {
            return;
        }
        RequestMappingHandlerMapping mapping = refreshed.getApplicationContext()
                .getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<String> problems = new ArrayList<>();
        mapping.getHandlerMethods().values().stream().filter(AccessDeclarations::isOurs).forEach(handler ->
                AccessDeclarations.of(handler).flatMap(access -> problem(access, handler))
                        .ifPresent(problem -> problems.add(handler.getShortLogMessage() + ": " + problem)));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Access declarations that make no sense: " + problems);
        }
    }

    static Optional<String> problem(Access access, HandlerMethod handler) {
        boolean hasRoles = access.roles().length > 0;
        if (access.scope() == DataScope.PUBLIC) {
            return hasRoles || access.anyStaff() || !access.self().isEmpty()
                    ? Optional.of("a PUBLIC handler names no roles") : Optional.empty();
        }
        if (hasRoles == access.anyStaff()) {
            return Optional.of("name the roles, or anyStaff, not both and not neither");
        }
        List<String> unknown = Arrays.stream(access.roles()).filter(role -> !ROLES.contains(role)).toList();
        if (!unknown.isEmpty()) {
            return Optional.of("unknown roles " + unknown);
        }
        if (!access.self().isEmpty() && Arrays.stream(handler.getMethodParameters())
                .noneMatch(parameter -> access.self().equals(pathVariableName(parameter)))) {
            return Optional.of("self names no path variable: " + access.self());
        }
        return Optional.empty();
    }

    private static String pathVariableName(MethodParameter parameter) {
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        if (variable == null) {
            return null;
        }
        return variable.name().isEmpty() ? parameter.getParameter().getName() : variable.name();
    }
}
