package io.steward.audit.internal;

import io.steward.audit.AuditTrail;
import io.steward.audit.ChainVerification;
import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar steward.jar --audit-verify}: walks the chain of the configured database, prints the number of
 * events checked and the first broken link, and exits 0 when the chain is intact, 1 when it is not.
 */
@Component
@ConditionalOnProperty(name = "steward.command", havingValue = "audit-verify")
class AuditVerifyCommand implements ApplicationRunner, ExitCodeGenerator {

    private final AuditTrail trail;
    private int exitCode;

    AuditVerifyCommand(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void run(ApplicationArguments args) {
        ChainVerification result = trail.verify();
        PrintStream out = System.out;
        out.printf("Audit chain: %d events checked in %d ms%n", result.eventsChecked(), result.millis());
        if (result.intact()) {
            out.println("Audit chain: intact");
            exitCode = 0;
        } else {
            out.printf("Audit chain: BROKEN at event %d: %s%n", result.firstBrokenSeq(), result.reason());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
