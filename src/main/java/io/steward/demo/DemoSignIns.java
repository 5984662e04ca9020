package io.steward.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The demo password and the table of demo sign-ins printed at start-up (demo mode only). */
@Component
class DemoSignIns {

    private static final Logger log = LoggerFactory.getLogger(DemoSignIns.class);

    private final String password;

    DemoSignIns(@Value("${steward.demo.password}") String password) {
        this.password = password;
    }

    String password() {
        return password;
    }

    void print() {
        StringBuilder table = new StringBuilder("\n\nSteward demo bank: sign in at /sign-in with any of these (password: ")
                .append(password).append(")\n");
        for (DemoOrganization.DemoStaff member : DemoOrganization.STAFF_LIST) {
            table.append(String.format("  %-12s %-16s %-10s %s%n", member.username(), member.fullName(),
                    member.institution(), member.note()));
        }
        log.info(table.toString());
    }
}
