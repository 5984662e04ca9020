package io.steward.demo;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar steward.jar --customers N} (or {@code --customers=N}): seeds the demo bank if needed, adds a
 * synthetic bank of N customers for the benchmarks (see {@link SyntheticBank}) and exits.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "steward.command", havingValue = "generate")
class GenerateCommand implements ApplicationRunner, ExitCodeGenerator {

    private final SyntheticBank bank;
    private int exitCode;

    GenerateCommand(SyntheticBank bank) {
        this.bank = bank;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        int count = count(args);
        if (count <= 0) {
            System.out.println("Usage: --customers N (N > 0)");
            exitCode = 2;
            return;
        }
        System.out.printf("Generating a synthetic bank of %,d customers%n", count);
        bank.generate(count, System.out);
        exitCode = 0;
    }

    static int count(ApplicationArguments args) {
        List<String> values = args.getOptionValues("customers");
        if (values != null && !values.isEmpty() && values.getFirst() != null) {
            return Integer.parseInt(values.getFirst().replace("_", "").replace(",", ""));
        }
        List<String> rest = args.getNonOptionArgs();
        return rest.isEmpty() ? 0 : Integer.parseInt(rest.getFirst().replace("_", "").replace(",", ""));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
