package io.steward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.organization.StaffDirectory;
import io.steward.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

class DemoBankTest extends IntegrationTest {

    @Autowired
    DemoBank demoBank;

    @Autowired
    StaffDirectory directory;

    @Test
    void the_demo_bank_has_every_role_and_the_certificate_cases_and_is_seeded_once() {
        long staffBefore = jdbc.sql("select count(*) from staff").query(Long.class).single();

        demoBank.run(new DefaultApplicationArguments());

        assertThat(jdbc.sql("select count(*) from staff").query(Long.class).single()).isEqualTo(staffBefore);
        assertThat(jdbc.sql("select count(distinct role) from staff_role").query(Long.class).single()).isEqualTo(10);
        LocalDate today = LocalDate.now(clock);
        assertThat(directory.holdsValidCertificate("wang", today)).isTrue();
        assertThat(directory.holdsValidCertificate("liu", today)).as("expired").isFalse();
        assertThat(directory.holdsValidCertificate("sun", today)).as("revoked").isFalse();
        assertThat(directory.practitionersAssistedBy("assistant")).containsExactly("li", "wang");
        assertThat(jdbc.sql("select count(*) from institution where type = 'OUTLET'").query(Long.class).single())
                .isGreaterThanOrEqualTo(3);
    }
}
