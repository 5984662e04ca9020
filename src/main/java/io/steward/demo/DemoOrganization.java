package io.steward.demo;

import static io.steward.organization.InstitutionType.BRANCH;
import static io.steward.organization.InstitutionType.HEAD_OFFICE;
import static io.steward.organization.InstitutionType.OUTLET;
import static io.steward.organization.InstitutionType.SUB_BRANCH;
import static io.steward.organization.Role.ADMIN;
import static io.steward.organization.Role.ASSISTANT;
import static io.steward.organization.Role.COMPLIANCE;
import static io.steward.organization.Role.DEPARTMENT_MANAGER;
import static io.steward.organization.Role.MARKETING_MANAGER;
import static io.steward.organization.Role.PRACTITIONER;
import static io.steward.organization.Role.PRODUCT_OFFICER;
import static io.steward.organization.Role.RETAIL_DIRECTOR;
import static io.steward.organization.Role.RETAIL_HEAD;
import static io.steward.organization.Role.STAFF;

import io.steward.organization.InstitutionType;
import io.steward.organization.OrganizationAdministration;
import io.steward.organization.OrganizationAdministration.NewCertificate;
import io.steward.organization.OrganizationAdministration.NewInstitution;
import io.steward.organization.OrganizationAdministration.NewStaff;
import io.steward.organization.OrganizationAdministration.NewTeam;
import io.steward.organization.OrganizationAdministration.Revocation;
import io.steward.organization.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The demo bank's organization: a head office, two branches with sub-branches and outlets, and sixteen staff
 * covering every role, among them a practitioner whose certificate has expired and one whose certificate was
 * revoked. Every account has the one documented demo password.
 */
@Component
class DemoOrganization implements DemoStep {

    record DemoStaff(String username, String fullName, String institution, Set<Role> roles, String note) {
    }

    static final List<DemoStaff> STAFF_LIST = List.of(
            new DemoStaff("admin", "Guo Wei", "HO", Set.of(ADMIN), "institutions, staff, certificates"),
            new DemoStaff("compliance", "Chen Jing", "HO", Set.of(COMPLIANCE), "audit trail, reviews, policy"),
            new DemoStaff("compliance2", "Xu Lan", "HO", Set.of(COMPLIANCE), "second compliance officer (four eyes)"),
            new DemoStaff("product", "Huang Tao", "HO", Set.of(PRODUCT_OFFICER), "product shelf, official materials"),
            new DemoStaff("director", "Lin Hui", "BR-SH", Set.of(RETAIL_DIRECTOR), "Shanghai branch reports"),
            new DemoStaff("marketing", "He Qian", "BR-SH", Set.of(MARKETING_MANAGER), "Shanghai branch reports"),
            new DemoStaff("head.sh", "Zhao Min", "BR-SH", Set.of(RETAIL_HEAD), "witnesses Shanghai sales"),
            new DemoStaff("head.bj", "Ma Jun", "BR-BJ", Set.of(RETAIL_HEAD), "witnesses Beijing sales"),
            new DemoStaff("manager", "Zhou Yan", "SB-SH-PD", Set.of(DEPARTMENT_MANAGER), "Pudong wealth department"),
            new DemoStaff("wang", "Wang Fang", "SB-SH-PD", Set.of(PRACTITIONER), "practitioner, valid certificate"),
            new DemoStaff("li", "Li Na", "SB-SH-PD", Set.of(PRACTITIONER), "practitioner, certificate expires soon"),
            new DemoStaff("zhang", "Zhang Wei", "SB-BJ-CY", Set.of(PRACTITIONER), "practitioner, valid certificate"),
            new DemoStaff("liu", "Liu Yang", "SB-SH-PD", Set.of(PRACTITIONER), "practitioner, certificate EXPIRED"),
            new DemoStaff("sun", "Sun Li", "SB-BJ-CY", Set.of(PRACTITIONER), "practitioner, certificate REVOKED"),
            new DemoStaff("assistant", "Wu Xia", "SB-SH-PD", Set.of(ASSISTANT), "assists wang and li"),
            new DemoStaff("lobby", "Deng Hao", "OT-SH-LJZ", Set.of(STAFF), "lobby staff, no certificate"));

    private final OrganizationAdministration administration;
    private final DemoSignIns signIns;
    private final Clock clock;

    DemoOrganization(OrganizationAdministration administration, DemoSignIns signIns, Clock clock) {
        this.administration = administration;
        this.signIns = signIns;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "organization";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void seed() {
        institution("HO", "Steward Bank Head Office", HEAD_OFFICE, null);
        institution("BR-SH", "Shanghai Branch", BRANCH, "HO");
        institution("SB-SH-PD", "Pudong Sub-branch", SUB_BRANCH, "BR-SH");
        institution("OT-SH-LJZ", "Lujiazui Outlet", OUTLET, "SB-SH-PD");
        institution("SB-SH-XH", "Xuhui Sub-branch", SUB_BRANCH, "BR-SH");
        institution("OT-SH-XJH", "Xujiahui Outlet", OUTLET, "SB-SH-XH");
        institution("BR-BJ", "Beijing Branch", BRANCH, "HO");
        institution("SB-BJ-CY", "Chaoyang Sub-branch", SUB_BRANCH, "BR-BJ");
        institution("OT-BJ-GM", "Guomao Outlet", OUTLET, "SB-BJ-CY");

        for (DemoStaff member : STAFF_LIST) {
            administration.createStaff(new NewStaff(member.username(), member.fullName(), member.institution(),
                    member.roles(), signIns.password()));
        }
        LocalDate today = LocalDate.now(clock);
        certificate("wang", "CMB-PF-2024-0101", today.minusYears(2), today.plusYears(1));
        certificate("li", "CMB-PF-2023-0417", today.minusYears(3), today.plusDays(20));
        certificate("zhang", "CMB-PF-2024-0330", today.minusYears(1), today.plusYears(2));
        certificate("liu", "CMB-PF-2021-0822", today.minusYears(3), today.minusDays(10));
        certificate("sun", "CMB-PF-2024-1105", today.minusYears(1), today.plusYears(2));
        administration.revokeCertificate("sun", "CMB-PF-2024-1105",
                new Revocation(today.minusDays(5), "Disciplinary finding: filled in a subscription form for a customer"));

        administration.assignAssistant("assistant", "wang");
        administration.assignAssistant("assistant", "li");
        administration.createTeam(new NewTeam("PD-WEALTH", "Pudong Wealth Team", "SB-SH-PD", "manager"));
        for (String member : List.of("wang", "li", "liu", "assistant")) {
            administration.addTeamMember("PD-WEALTH", member);
        }
    }

    private void institution(String code, String name, InstitutionType type, String parent) {
        administration.createInstitution(new NewInstitution(code, name, type, parent));
    }

    private void certificate(String username, String number, LocalDate issuedOn, LocalDate expiresOn) {
        administration.addCertificate(username, new NewCertificate(number, issuedOn, expiresOn));
    }
}
