package io.steward;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Steward: the web application by default; commands that run and exit: {@code --audit-verify} verifies the audit
 * chain of the configured database, {@code --customers N} adds a synthetic bank of N customers (benchmarks), and
 * {@code --portfolio-scan} times the mismatch scan against a bare count of the holdings, and
 * {@code --holdings-import-bench} the import of a holdings file.
 */
@SpringBootApplication
public class StewardApplication {

    public static void main(String[] args) {
        String command = commandIn(args);
        if (command == null) {
            SpringApplication.run(StewardApplication.class, args);
            return;
        }
        // the synthetic bank is built on the demo bank's practitioners and shelf
        String demo = command.equals("generate") ? "steward.demo.enabled=true" : "steward.demo.enabled=false";
        ConfigurableApplicationContext context = new SpringApplicationBuilder(StewardApplication.class)
                .web(WebApplicationType.NONE)
                .properties("steward.command=" + command, demo)
                .run(args);
        System.exit(SpringApplication.exit(context));
    }

    static String commandIn(String[] args) {
        List<String> given = Arrays.asList(args);
        if (given.contains("--audit-verify")) {
            return "audit-verify";
        }
        if (given.stream().anyMatch(arg -> arg.equals("--customers") || arg.startsWith("--customers="))) {
            return "generate";
        }
        if (given.contains("--holdings-import-bench")) {
            return "holdings-import-bench";
        }
        return given.contains("--portfolio-scan") ? "portfolio-scan" : null;
    }
}
