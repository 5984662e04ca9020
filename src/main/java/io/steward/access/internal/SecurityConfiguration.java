package io.steward.access.internal;

import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.platform.web.PublicPaths;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Three doors: the JSON API (HTTP Basic, no session, problem details for 401/403), the operational endpoints
 * (health open, metrics for ADMIN) and the pages (form sign-in, sessions in PostgreSQL, CSRF on every form).
 * Which role may call which endpoint, and over which data, is declared on the endpoint itself
 * ({@link io.steward.platform.web.Access}); a handler without a declaration is refused ({@link DeclaredAccess}), so
 * access is denied by default. Modules open paths to visitors without a staff sign-in by declaring
 * {@link PublicPaths}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    AuthenticationManager authenticationManager(StaffUserDetails staff, PasswordEncoder passwords,
            VerifiedCredentials verified, AuthenticationEventPublisher events) {
        DaoAuthenticationProvider bcrypt = new DaoAuthenticationProvider(staff);
        bcrypt.setPasswordEncoder(passwords);
        ProviderManager manager = new ProviderManager(new RememberingAuthenticationProvider(bcrypt, verified));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, AuthenticationManager authentication)
            throws Exception {
        return http.securityMatcher("/api/**")
                .authenticationManager(authentication)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Steward").authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless HTTP Basic carries no cookie a third-party site could ride on, so no CSRF token here.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain operations(HttpSecurity http, ProblemResponses problems, AuthenticationManager authentication)
            throws Exception {
        return http.securityMatcher("/actuator/**")
                .authenticationManager(authentication)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.realmName("Steward").authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, SignInFailures failures, List<PublicPaths> publicPaths,
            AuthenticationManager authentication) throws Exception {
        String[] opened = publicPaths.stream().flatMap(paths -> paths.patterns().stream()).toArray(String[]::new);
        return http
                .authenticationManager(authentication)
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/sign-in", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
                                    "/error", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                            .permitAll();
                    if (opened.length > 0) {
                        requests.requestMatchers(opened).permitAll();
                    }
                    requests.anyRequest().authenticated();
                })
                .formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .defaultSuccessUrl("/", false).failureHandler(failures).permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
                // a session id known before sign-in is worthless after it (session fixation)
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frames -> frames.deny()))
                .build();
    }
}
