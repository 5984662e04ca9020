package io.steward.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

class RememberingAuthenticationProviderTest {

    /** Stands in for the bcrypt check: counts its calls; the first one waits until the test lets it finish. */
    private static final class SlowChecker implements AuthenticationProvider {
        final AtomicInteger calls = new AtomicInteger();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch finish = new CountDownLatch(1);

        @Override
        public Authentication authenticate(Authentication authentication) {
            if (calls.incrementAndGet() == 1) {
                entered.countDown();
                try {
                    finish.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (!"right".equals(authentication.getCredentials())) {
                throw new BadCredentialsException("bad");
            }
            return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null,
                    AuthorityUtils.createAuthorityList("ROLE_PRACTITIONER"));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    }

    private final SlowChecker checker = new SlowChecker();
    private final RememberingAuthenticationProvider provider = new RememberingAuthenticationProvider(checker,
            new VerifiedCredentials(Clock.systemUTC(), Duration.ofSeconds(30)));

    @Test
    void calls_arriving_while_a_username_is_being_checked_wait_for_that_check_instead_of_running_their_own()
            throws Exception {
        try (ExecutorService callers = Executors.newFixedThreadPool(9)) {
            Future<Authentication> firstCall = callers.submit(() -> provider.authenticate(login("right")));
            checker.entered.await();
            List<Future<Authentication>> waiting = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                waiting.add(callers.submit(() -> provider.authenticate(login("right"))));
            }
            checker.finish.countDown();
            assertThat(firstCall.get().isAuthenticated()).isTrue();
            for (Future<Authentication> call : waiting) {
                assertThat(call.get()).isInstanceOf(RememberingAuthenticationProvider.Remembered.class);
            }
        }
        assertThat(checker.calls).as("one bcrypt check for nine calls").hasValue(1);
    }

    @Test
    void a_wrong_password_arriving_during_the_check_gets_its_own_check_and_is_refused() throws Exception {
        try (ExecutorService callers = Executors.newFixedThreadPool(2)) {
            Future<Authentication> firstCall = callers.submit(() -> provider.authenticate(login("right")));
            checker.entered.await();
            Future<Authentication> wrong = callers.submit(() -> provider.authenticate(login("wrong")));
            checker.finish.countDown();
            assertThat(firstCall.get().isAuthenticated()).isTrue();
            assertThatThrownBy(wrong::get).hasCauseInstanceOf(BadCredentialsException.class);
        }
        assertThat(checker.calls).hasValue(2);
    }

    private static UsernamePasswordAuthenticationToken login(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("wang", password);
    }
}
