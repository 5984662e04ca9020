package io.steward.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port against the one embedded PostgreSQL of the test run, with the demo bank
 * seeded. Tests share this context; they isolate themselves by creating their own data with unique names instead
 * of wiping the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {

    public static final String DEMO_PASSWORD = "steward-demo";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestClock clock;

    @Autowired
    protected JdbcClient jdbc;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    protected Api anonymous() {
        return Api.anonymous(port);
    }

    protected Api as(String username) {
        return Api.as(port, username, DEMO_PASSWORD);
    }

    /** A name no other test uses: lower-case, safe for usernames and (upper-cased) for codes. */
    protected static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }
}
