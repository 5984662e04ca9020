package io.steward.demo;

import io.steward.assessment.LegacyAssessments;
import io.steward.customer.CustomerFacts;
import io.steward.customer.CustomerRegistration;
import io.steward.customer.CustomerRegistration.NewCustomer;
import io.steward.customer.FamilySituation;
import io.steward.customer.Gender;
import io.steward.customer.IdentityDocumentType;
import io.steward.customer.IncomeBand;
import io.steward.customer.InvestmentExperience;
import io.steward.customer.PrcResidentIdNumber;
import io.steward.organization.OrganizationAdministration;
import io.steward.organization.OrganizationAdministration.NewCertificate;
import io.steward.organization.OrganizationAdministration.NewStaff;
import io.steward.organization.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A book big enough for the Shanghai director's customer management report to show figures (DESIGN §6 withholds any
 * group under 5): two practitioners of the Xuhui sub-branch, {@code zhou} and {@code chen}, with forty customers
 * between them across the age bands and risk levels, a few without an assessment and a few whose assessment has
 * lapsed. The twelve customers of the main demo stay the ones the tour talks about; these are a crowd.
 */
@Component
class DemoXuhuiBook implements DemoStep {

    private static final String XUHUI = "310104";
    private static final List<String> SURNAMES = List.of("陈", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何");
    private static final List<String> GIVEN = List.of("静", "磊", "敏", "勇", "婷", "军", "丽", "强", "霞", "涛");
    private static final List<Integer> AGES = List.of(25, 29, 36, 42, 48, 55, 61, 63, 67, 72);
    private static final List<String> LEVELS = List.of("C1", "C2", "C3", "C4", "C2", "C3", "C1", "C3", "C4", "NONE");

    private final OrganizationAdministration administration;
    private final CustomerRegistration registration;
    private final LegacyAssessments assessments;
    private final DemoSignIns signIns;
    private final Clock clock;

    DemoXuhuiBook(OrganizationAdministration administration, CustomerRegistration registration,
            LegacyAssessments assessments, DemoSignIns signIns, Clock clock) {
        this.administration = administration;
        this.registration = registration;
        this.assessments = assessments;
        this.signIns = signIns;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "xuhui-book";
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public void seed() {
        LocalDate today = LocalDate.now(clock);
        for (String[] member : List.of(new String[] {"zhou", "Zhou Min"}, new String[] {"chen", "Chen Jing"})) {
            administration.createStaff(new NewStaff(member[0], member[1], "SB-SH-XH", Set.of(Role.PRACTITIONER),
                    signIns.password()));
            administration.addCertificate(member[0], new NewCertificate("CMB-PF-XH-" + member[0].toUpperCase(),
                    today.minusYears(2), today.plusYears(2)));
        }
        for (int i = 0; i < 40; i++) {
            int n = i;
            as(i % 2 == 0 ? "zhou" : "chen", () -> register(n, today));
        }
    }

    private void register(int i, LocalDate today) {
        Gender gender = i % 3 == 0 ? Gender.MALE : Gender.FEMALE;
        LocalDate birthDate = today.minusYears(AGES.get(i % 10)).minusDays(17L * i + 5);
        int sequence = 100 + 2 * i + (gender == Gender.MALE ? 1 : 0);
        String name = SURNAMES.get(i % 10) + GIVEN.get((i / 10 + i * 3) % 10) + (i >= 10 ? GIVEN.get(i / 10) : "");
        CustomerFacts customer = registration.register(new NewCustomer(name, gender, birthDate,
                IdentityDocumentType.PRC_RESIDENT_ID, PrcResidentIdNumber.generate(XUHUI, birthDate, sequence),
                String.format("1390021%04d", 100 + i), "上海市徐汇区漕溪北路" + (100 + i) + "号", "Office worker",
                IncomeBand.FROM_100K_TO_300K, FamilySituation.MARRIED_WITH_CHILDREN,
                InvestmentExperience.FROM_2_TO_5_YEARS));
        String level = LEVELS.get((i + i / 10) % 10);
        if (!level.equals("NONE")) {
            // most assessed within the year, every seventh one long enough ago to have lapsed
            LocalDate confirmedOn = today.minusDays(i % 7 == 6 ? 400 : 15L + 9L * i);
            assessments.migrate(customer.id(), 1, DemoCustomers.ANSWERS.get(level), confirmedOn,
                    "PAPER-" + customer.number());
        }
    }

    /** Runs the work as that staff member, so every record and audit event carries their name. */
    private static void as(String username, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
