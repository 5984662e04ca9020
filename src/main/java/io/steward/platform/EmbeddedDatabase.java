package io.steward.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured, so Steward runs on a bare
 * machine. The server is started once per JVM: every application context (the test suite has several) shares it.
 * Its data lives in {@code steward.embedded-database.data-dir} (default {@code ./var/pgdata}) and survives restarts,
 * unless {@code steward.embedded-database.clean=true} (tests).
 *
 * <p>With an embedded database Steward is a demo on a laptop, so demo mode is switched on unless configured
 * otherwise; with an external database nothing is seeded unless {@code steward.demo.enabled=true}.
 */
public class EmbeddedDatabase implements EnvironmentPostProcessor, Ordered {

    private static EmbeddedPostgres server;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")
                || !environment.getProperty("steward.embedded-database.enabled", Boolean.class, true)) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("steward.embedded-database.data-dir", "var/pgdata"));
        boolean clean = environment.getProperty("steward.embedded-database.clean", Boolean.class, false);
        int port = environment.getProperty("steward.embedded-database.port", Integer.class, 0);
        EmbeddedPostgres postgres = start(dataDir, clean, port);
        environment.getPropertySources().addFirst(new MapPropertySource("stewardEmbeddedDatabase", Map.of(
                "spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres",
                "steward.embedded-database.running", "true")));
        if (!environment.containsProperty("steward.demo.enabled")) {
            environment.getPropertySources().addLast(new MapPropertySource("stewardEmbeddedDemo",
                    Map.of("steward.demo.enabled", "true")));
        }
    }

    private static synchronized EmbeddedPostgres start(Path dataDir, boolean clean, int port) {
        if (server != null) {
            return server;
        }
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.toAbsolutePath())
                    .setCleanDataDirectory(clean)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("fsync", clean ? "off" : "on");
            if (port > 0) {
                builder.setPort(port);
            }
            server = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir.toAbsolutePath()
                    + " (is another Steward already running on this data directory?)", e);
        }
    }

    private static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // the JVM is exiting; PostgreSQL recovers from an unclean stop on its next start
            }
            server = null;
        }
    }

    @Override
    public int getOrder() {
        // after application.yml and the environment are read, so their settings count
        return Ordered.LOWEST_PRECEDENCE;
    }
}
