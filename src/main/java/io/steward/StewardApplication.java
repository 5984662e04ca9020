package io.steward;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Steward: the web application by default; with {@code --audit-verify} a command that verifies the audit chain
 * of the configured database and exits.
 */
@SpringBootApplication
public class StewardApplication {

    public static void main(String[] args) {
        String command = commandIn(args);
        if (command == null) {
            SpringApplication.run(StewardApplication.class, args);
            return;
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(StewardApplication.class)
                .web(WebApplicationType.NONE)
                .properties("steward.command=" + command, "steward.demo.enabled=false")
                .run(args);
        System.exit(SpringApplication.exit(context));
    }

    private static String commandIn(String[] args) {
        return Arrays.asList(args).contains("--audit-verify") ? "audit-verify" : null;
    }
}
