package io.steward.demo;

import io.steward.assessment.LegacyAssessments;
import io.steward.customer.CustomerFacts;
import io.steward.customer.CustomerFunds;
import io.steward.customer.CustomerFunds.NewFund;
import io.steward.customer.CustomerRegistration;
import io.steward.customer.CustomerRegistration.NewCustomer;
import io.steward.customer.FamilySituation;
import io.steward.customer.FundPurpose;
import io.steward.customer.Gender;
import io.steward.customer.GuardianDocumentType;
import io.steward.customer.GuardianRelationship;
import io.steward.customer.Guardians;
import io.steward.customer.Guardians.NewGuardian;
import io.steward.customer.Guardians.Scan;
import io.steward.customer.IdentityDocumentType;
import io.steward.customer.IncomeBand;
import io.steward.customer.Interviews;
import io.steward.customer.Interviews.NewInterview;
import io.steward.customer.InvestmentExperience;
import io.steward.customer.PrcResidentIdNumber;
import io.steward.customer.Referrals;
import io.steward.customer.Referrals.NewReferral;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo bank's customers: twelve, in the books of {@code wang}, {@code li} (Pudong) and {@code zhang} (Chaoyang),
 * covering the cases the rules care about — a 70-year-old C3 with pension money, a 45-year-old C2, a 16-year-old
 * with a verified guardian, a FAILED assessment, an assessment ending within 30 days, an expired one, none at all,
 * money needed back in 90 days, earmarked funds of every kind, a flagged interview and a pending referral. Every
 * record is entered as its practitioner would (each step is audited under their name); the assessments were
 * confirmed before Steward and are migrated with their original dates. Identity numbers are valid PRC numbers
 * generated for the demo; none belongs to a real person.
 */
@Component
class DemoCustomers implements DemoStep {

    /** Answers to questionnaire version 1 that give each level (totals 17, 27, 39, 52, 69; FAILED: borrowed money). */
    static final Map<String, Map<String, String>> ANSWERS = Map.of(
            "C1", answers("C", "A", "A", "A", "A", "A", "B", "A", "A", "A"),
            "C2", answers("A", "B", "B", "A", "B", "B", "B", "A", "B", "A"),
            "C3", answers("A", "C", "A", "A", "C", "B", "C", "B", "B", "B"),
            "C4", answers("A", "C", "A", "A", "D", "C", "C", "C", "C", "C"),
            "C5", answers("A", "D", "A", "A", "E", "D", "D", "D", "D", "D"),
            "FAILED", answers("A", "B", "B", "C", "B", "B", "B", "B", "B", "B"));

    private static final String PUDONG = "310115";
    private static final String CHAOYANG = "110105";

    private final CustomerRegistration registration;
    private final CustomerFunds funds;
    private final Guardians guardians;
    private final Interviews interviews;
    private final Referrals referrals;
    private final LegacyAssessments assessments;
    private final Clock clock;
    private int sequence = 11;

    DemoCustomers(CustomerRegistration registration, CustomerFunds funds, Guardians guardians, Interviews interviews,
            Referrals referrals, LegacyAssessments assessments, Clock clock) {
        this.registration = registration;
        this.funds = funds;
        this.guardians = guardians;
        this.interviews = interviews;
        this.referrals = referrals;
        this.assessments = assessments;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "customers";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void seed() {
        LocalDate today = LocalDate.now(clock);
        as("wang", () -> {
            CustomerFacts elder = customer("王建国", Gender.MALE, today.minusYears(70).minusDays(40), PUDONG,
                    "13800138001", "上海市浦东新区世纪大道100号", "Retired engineer", IncomeBand.FROM_100K_TO_300K,
                    FamilySituation.RETIRED, InvestmentExperience.FROM_5_TO_10_YEARS);
            fund(elder, "500000", FundPurpose.PENSION, today.plusYears(3), "Pension savings");
            fund(elder, "200000", FundPurpose.GENERAL, today.plusYears(2), null);
            assessed(elder, "C3", today.minusDays(100));
            interviews.record(elder.number(), new NewInterview(today.minusDays(20),
                    "Pension of CNY 9,000 a month; CNY 1.2 million in deposits and bank wealth products.",
                    "Keep the pension money safe; modest growth on the rest.",
                    "A 1-year R2 fixed-income product, a balanced fund.",
                    "Wants to talk it over with his daughter first.",
                    "Would like monthly income from part of the savings.",
                    "Married, wife retired, one daughter living nearby."));

            CustomerFacts cautious = customer("李秀英", Gender.FEMALE, today.minusYears(45).minusDays(200), PUDONG,
                    "13800138002", "上海市浦东新区张杨路500号", "Secondary school teacher", IncomeBand.FROM_100K_TO_300K,
                    FamilySituation.MARRIED_WITH_CHILDREN, InvestmentExperience.UNDER_2_YEARS);
            fund(cautious, "300000", FundPurpose.GENERAL, today.plusYears(2), null);
            assessed(cautious, "C2", today.minusDays(60));

            CustomerFacts minor = customer("张子涵", Gender.FEMALE, today.minusYears(16).minusDays(100), PUDONG,
                    "13800138003", "上海市浦东新区花木路88号", "Student", IncomeBand.NONE,
                    FamilySituation.DEPENDENT_MINOR, InvestmentExperience.NONE);
            fund(minor, "100000", FundPurpose.EDUCATION, today.plusYears(2), "University fund");
            long guardian = guardians.add(minor.number(), new NewGuardian("张伟明", GuardianRelationship.FATHER,
                    IdentityDocumentType.PRC_RESIDENT_ID, identity(PUDONG, today.minusYears(45).minusDays(10), Gender.MALE),
                    "13800138013", GuardianDocumentType.HOUSEHOLD_REGISTER, "HR-310115-0088")).id();
            guardians.attachScan(minor.number(), guardian, new Scan("household-register.pdf", "application/pdf", demoPdf()));
            guardians.verify(minor.number(), guardian);
            assessed(minor, "C2", today.minusDays(50));

            CustomerFacts failed = customer("赵磊", Gender.MALE, today.minusYears(28).minusDays(15), PUDONG,
                    "13800138004", "上海市浦东新区东方路1号", "Delivery rider", IncomeBand.UNDER_100K,
                    FamilySituation.SINGLE, InvestmentExperience.NONE);
            assessed(failed, "FAILED", today.minusDays(20));

            CustomerFacts expiring = customer("孙丽", Gender.FEMALE, today.minusYears(52).minusDays(77), PUDONG,
                    "13800138005", "上海市浦东新区陆家嘴环路1000号", "Business owner", IncomeBand.OVER_1M,
                    FamilySituation.MARRIED_WITH_CHILDREN, InvestmentExperience.OVER_10_YEARS);
            fund(expiring, "2000000", FundPurpose.GENERAL, today.plusYears(5), null);
            assessed(expiring, "C4", today.minusDays(350));

            CustomerFacts unassessed = customer("周杰", Gender.MALE, today.minusYears(35).minusDays(3), PUDONG,
                    "13800138006", "上海市浦东新区源深路200号", "Software engineer", IncomeBand.FROM_300K_TO_1M,
                    FamilySituation.MARRIED_NO_CHILDREN, InvestmentExperience.FROM_2_TO_5_YEARS);
            fund(unassessed, "80000", FundPurpose.GENERAL, today.plusDays(90), "Needed for a wedding in three months");
        });
        as("li", () -> {
            CustomerFacts aggressive = customer("吴强", Gender.MALE, today.minusYears(40).minusDays(30), PUDONG,
                    "13800138007", "上海市浦东新区银城中路8号", "Fund manager", IncomeBand.OVER_1M,
                    FamilySituation.MARRIED_WITH_CHILDREN, InvestmentExperience.OVER_10_YEARS);
            fund(aggressive, "3000000", FundPurpose.GENERAL, today.plusYears(5), null);
            assessed(aggressive, "C5", today.minusDays(30));

            CustomerFacts retiring = customer("郑芳", Gender.FEMALE, today.minusYears(62).minusDays(150), PUDONG,
                    "13800138008", "上海市浦东新区浦电路300号", "Accountant", IncomeBand.FROM_100K_TO_300K,
                    FamilySituation.MARRIED_NO_CHILDREN, InvestmentExperience.FROM_2_TO_5_YEARS);
            fund(retiring, "600000", FundPurpose.RETIREMENT, today.plusYears(5), null);
            assessed(retiring, "C2", today.minusDays(200));

            CustomerFacts expired = customer("陈刚", Gender.MALE, today.minusYears(58).minusDays(60), PUDONG,
                    "13800138009", "上海市浦东新区崂山路66号", "Civil servant", IncomeBand.FROM_100K_TO_300K,
                    FamilySituation.SUPPORTING_PARENTS, InvestmentExperience.FROM_5_TO_10_YEARS);
            assessed(expired, "C3", today.minusDays(400));

            CustomerFacts recent = customer("黄敏", Gender.FEMALE, today.minusYears(33).minusDays(90), PUDONG,
                    "13800138010", "上海市浦东新区杨高南路9号", "Designer", IncomeBand.FROM_300K_TO_1M,
                    FamilySituation.SINGLE, InvestmentExperience.UNDER_2_YEARS);
            fund(recent, "1000000", FundPurpose.HOUSING, today.plusYears(1), "Down payment on a flat");
            assessed(recent, "C2", today.minusDays(10));
            interviews.record(recent.number(), new NewInterview(today.minusDays(5),
                    "Saved CNY 1 million for a flat; salary CNY 35,000 a month.",
                    "Wants the money to earn more than a deposit until she buys.",
                    "Asked about an R3 mixed fund.",
                    "客户问是否保本保收益，理财师答复这个产品和存款一样安全，客户仍在考虑。",
                    "Higher return than her C2 level allows.",
                    "Single, lives alone, parents in Hangzhou."));
        });
        as("zhang", () -> {
            CustomerFacts elderGrowth = customer("高秀兰", Gender.FEMALE, today.minusYears(68).minusDays(20), CHAOYANG,
                    "13900139011", "北京市朝阳区建国路88号", "Retired doctor", IncomeBand.FROM_100K_TO_300K,
                    FamilySituation.RETIRED, InvestmentExperience.OVER_10_YEARS);
            fund(elderGrowth, "150000", FundPurpose.MEDICAL, today.plusYears(1), "Set aside for an operation");
            assessed(elderGrowth, "C4", today.minusDays(90));

            CustomerFacts balanced = customer("马超", Gender.MALE, today.minusYears(50).minusDays(222), CHAOYANG,
                    "13900139012", "北京市朝阳区东三环中路1号", "Lawyer", IncomeBand.OVER_1M,
                    FamilySituation.MARRIED_WITH_CHILDREN, InvestmentExperience.FROM_5_TO_10_YEARS);
            fund(balanced, "2000000", FundPurpose.GENERAL, today.plusYears(5), null);
            assessed(balanced, "C3", today.minusDays(120));
        });
        as("lobby", () -> referrals.refer(new NewReferral("刘洋", "13700137001",
                "Asked about wealth products for a bonus of about CNY 200,000; prefers a call in the afternoon.", "wang")));
    }

    private CustomerFacts customer(String name, Gender gender, LocalDate birthDate, String area, String phone,
            String address, String occupation, IncomeBand income, FamilySituation family,
            InvestmentExperience experience) {
        return registration.register(new NewCustomer(name, gender, birthDate, IdentityDocumentType.PRC_RESIDENT_ID,
                identity(area, birthDate, gender), phone, address, occupation, income, family, experience));
    }

    /** A valid resident identity number; the sequence's parity follows the gender (odd: male). */
    private String identity(String area, LocalDate birthDate, Gender gender) {
        sequence += 2;
        int number = gender == Gender.MALE ? sequence | 1 : sequence & ~1;
        return PrcResidentIdNumber.generate(area, birthDate, number);
    }

    private void fund(CustomerFacts customer, String amount, FundPurpose purpose, LocalDate neededBackOn, String note) {
        funds.add(customer.number(), new NewFund(new BigDecimal(amount), "CNY", purpose, neededBackOn, note));
    }

    private void assessed(CustomerFacts customer, String level, LocalDate confirmedOn) {
        assessments.migrate(customer.id(), 1, ANSWERS.get(level), confirmedOn, "PAPER-" + customer.number());
    }

    private static Map<String, String> answers(String... options) {
        List<String> questions = List.of("INCOME", "ASSETS", "DEBT", "SOURCE", "EXPERIENCE", "PRODUCTS", "KNOWLEDGE",
                "OBJECTIVE", "HORIZON", "LOSS");
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            answers.put(questions.get(i), options[i]);
        }
        return Map.copyOf(answers);
    }

    private static byte[] demoPdf() {
        return "%PDF-1.4\n% Steward demo: scanned household register page (placeholder image of a demo document)\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
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
