package io.steward.demo;

import static io.steward.organization.Role.PRACTITIONER;

import io.steward.management.ManagementDemo;
import io.steward.organization.OrganizationAdministration;
import io.steward.organization.OrganizationAdministration.NewCertificate;
import io.steward.organization.OrganizationAdministration.NewStaff;
import io.steward.organization.OrganizationAdministration.NewTeam;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The demo department: the Pudong manager leads a second team (two more practitioners, so the daily team-manager
 * meeting has two team managers), then the management module seeds its plans, targets, meetings and the rest.
 */
@Component
class DemoManagement implements DemoStep {

    private final OrganizationAdministration administration;
    private final ManagementDemo management;
    private final DemoSignIns signIns;
    private final Clock clock;

    DemoManagement(OrganizationAdministration administration, ManagementDemo management, DemoSignIns signIns, Clock clock) {
        this.administration = administration;
        this.management = management;
        this.signIns = signIns;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "management";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void seed() {
        LocalDate today = LocalDate.now(clock);
        administration.createStaff(new NewStaff("qian", "Qian Hong", "SB-SH-PD", Set.of(PRACTITIONER), signIns.password()));
        administration.createStaff(new NewStaff("feng", "Feng Jie", "SB-SH-PD", Set.of(PRACTITIONER), signIns.password()));
        administration.addCertificate("qian", new NewCertificate("CMB-PF-2022-0715", today.minusYears(2), today.plusYears(1)));
        administration.addCertificate("feng", new NewCertificate("CMB-PF-2024-0902", today.minusMonths(8), today.plusYears(2)));
        administration.createTeam(new NewTeam("PD-PREMIER", "Pudong Premier Team", "SB-SH-PD", "manager"));
        administration.addTeamMember("PD-PREMIER", "qian");
        administration.addTeamMember("PD-PREMIER", "feng");
        management.seedDepartment("manager");
    }
}
