package io.steward.suitability;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.suitability.versions.PolicyProposal;
import io.steward.suitability.versions.PolicyVersion;
import io.steward.suitability.versions.PolicyVersionService;
import io.steward.support.IntegrationTest;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The facade other modules use, and what an approval announces. */
@RecordApplicationEvents
class PolicyVersionsTest extends IntegrationTest {

    @Autowired
    PolicyVersions policyVersions;

    @Autowired
    PolicyVersionService service;

    @Autowired
    ApplicationEvents events;

    @Test
    void the_engine_decides_under_the_version_in_force_and_an_approval_is_announced() {
        LocalDate day = Proposals.freshDays(LocalDate.now(clock), 1);
        PolicyVersion proposed = service.propose(new PolicyProposal(day, 70, 18, RiskLevel.R2, RiskLevel.R2, RiskLevel.R3,
                EnumSet.of(FundPurpose.PENSION), 180, 30, 7, EnumSet.of(PolicyParameters.RecordingTrigger.ELDERLY_CUSTOMER),
                "Stricter ceiling for the elderly"), "compliance");
        assertThat(events.stream(PolicyVersionApproved.class)).noneMatch(e -> e.versionId().equals(String.valueOf(proposed.id())));

        service.approve(proposed.id(), "compliance2");

        assertThat(events.stream(PolicyVersionApproved.class))
                .contains(new PolicyVersionApproved(String.valueOf(proposed.id()), day));
        PolicyParameters inForce = policyVersions.inForceOn(day);
        assertThat(inForce.versionId()).isEqualTo(String.valueOf(proposed.id()));
        assertThat(inForce.elderlyAge()).isEqualTo(70);
        assertThat(inForce.highestLevelForElderly()).isEqualTo(RiskLevel.R2);
        assertThat(new SuitabilityEngine(inForce).parameters()).isEqualTo(inForce);
        assertThat(policyVersions.approved(inForce.versionId())).contains(inForce);
        assertThat(policyVersions.approved("no-such-version")).isEmpty();
        assertThat(policyVersions.inForceOn(LocalDate.of(2000, 1, 1)).elderlyAge()).isEqualTo(65);
    }
}
