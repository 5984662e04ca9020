package io.steward.management.internal;

import io.steward.customer.ClientBookFigures;
import io.steward.customer.ClientBookFigures.BookEntry;
import io.steward.access.CurrentActor;
import io.steward.management.Department;
import io.steward.management.ManagementDemo;
import io.steward.management.Metric;
import io.steward.management.TrainingTrigger;
import io.steward.management.internal.Campaigns.NewActivity;
import io.steward.management.internal.Campaigns.NewCampaign;
import io.steward.management.internal.Campaigns.Outcome;
import io.steward.management.internal.Campaigns.OutcomeEntry;
import io.steward.management.internal.Campaigns.Segment;
import io.steward.management.internal.CustomerDevelopment.FeedbackKind;
import io.steward.management.internal.CustomerDevelopment.NewFeedback;
import io.steward.management.internal.CustomerDevelopment.NewNote;
import io.steward.management.internal.CustomerDevelopment.NewProspect;
import io.steward.management.internal.CustomerDevelopment.Stage;
import io.steward.management.internal.CustomerDevelopment.StageChange;
import io.steward.management.internal.Indicators.Indicator;
import io.steward.management.internal.Meetings.Attendance;
import io.steward.management.internal.Meetings.FollowUp;
import io.steward.management.internal.Meetings.Kind;
import io.steward.management.internal.Meetings.NewMeeting;
import io.steward.management.internal.Meetings.NewSchedule;
import io.steward.management.internal.Plans.Measure;
import io.steward.management.internal.Plans.NewPlan;
import io.steward.management.internal.Plans.NewReview;
import io.steward.management.internal.Plans.PlanRevision;
import io.steward.management.internal.QualityCare.CareCustomer;
import io.steward.management.internal.QualityCare.Channel;
import io.steward.management.internal.QualityCare.Frequency;
import io.steward.management.internal.QualityCare.NewContact;
import io.steward.management.internal.QualityCare.NewSurvey;
import io.steward.management.internal.Succession.NewAction;
import io.steward.management.internal.Succession.NewPosition;
import io.steward.management.internal.Succession.Readiness;
import io.steward.management.internal.TargetCascade.MemberShare;
import io.steward.management.internal.TargetCascade.TeamShare;
import io.steward.organization.InstitutionType;
import io.steward.organization.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The demo department's data, relative to today so that it always looks current. */
@Component
class DemoDepartmentSeed implements ManagementDemo {

    private static final List<String> PRACTITIONERS = List.of("wang", "li", "qian", "feng");

    private final Departments departments;
    private final Plans plans;
    private final Targets targets;
    private final Indicators indicators;
    private final Appraisals appraisals;
    private final Meetings meetings;
    private final Training training;
    private final Succession succession;
    private final CustomerDevelopment development;
    private final QualityCare care;
    private final Campaigns campaigns;
    private final CampaignSegments segments;
    private final DailyCloses closes;
    private final ClientBookFigures book;
    private final Clock clock;

    DemoDepartmentSeed(Departments departments, Plans plans, Targets targets, Indicators indicators, Appraisals appraisals,
            Meetings meetings, Training training, Succession succession, CustomerDevelopment development, QualityCare care,
            Campaigns campaigns, CampaignSegments segments, DailyCloses closes, ClientBookFigures book, Clock clock) {
        this.departments = departments;
        this.plans = plans;
        this.targets = targets;
        this.indicators = indicators;
        this.appraisals = appraisals;
        this.meetings = meetings;
        this.training = training;
        this.succession = succession;
        this.development = development;
        this.care = care;
        this.campaigns = campaigns;
        this.segments = segments;
        this.closes = closes;
        this.book = book;
        this.clock = clock;
    }

    @Override
    public void seedDepartment(String manager) {
        Department department = departments.find(manager).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(8);
        plans(department, manager, today);
        care(department, today, random);
        targets(department, manager, today);
        appraisals(department, manager, today);
        meetings(department, manager, today);
        training(department, manager, today);
        succession(department, manager, today);
        development(department, today);
        campaign(department, manager, today);
        for (LocalDate day = today.minusDays(Dashboards.TREND_DAYS); day.isBefore(today); day = day.plusDays(1)) {
            if (BusinessDays.isBusinessDay(day)) {
                closes.keep(department, day, "steward");
            }
        }
    }

    private void plans(Department department, String manager, LocalDate today) {
        LocalDate quarter = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3);
        var shortTerm = plans.create(department, new NewPlan(Plans.Horizon.SHORT, "Quarterly plan: quality customers first",
                quarter, quarter.plusMonths(3).minusDays(1),
                "Grow platinum and gold relationships; every quality customer contacted on schedule.",
                "Weekly review of overdue contacts; pension-season campaign; product training within two weeks of launch.",
                List.of(new Measure(Metric.CONTACTS, BigDecimal.valueOf(360)), new Measure(Metric.SATISFACTION, new BigDecimal("4.5")),
                        new Measure(Metric.NEW_CUSTOMERS, BigDecimal.valueOf(36)))), manager);
        plans.revise(department, shortTerm.id(), new PlanRevision("Quarterly plan: quality customers first",
                shortTerm.goals(), shortTerm.strategy() + " Add a second team for premier customers.",
                "The second team started this quarter"), manager);
        plans.review(department, shortTerm.id(), new NewReview(today.minusDays(today.getDayOfMonth() > 1 ? 1 : 0), 40,
                "Contacts on schedule; satisfaction slightly below target at Pudong Premier."), manager);
        plans.create(department, new NewPlan(Plans.Horizon.LONG, "Three-year development plan", quarter,
                quarter.plusYears(3).minusDays(1), "Become the reference wealth department of the Shanghai branch.",
                "Balanced customer structure; successors for every team manager; certificates kept valid.", List.of()), manager);
    }

    /** Care for the demo customers of each practitioner's client book (a practitioner without customers has none). */
    private void care(Department department, LocalDate today, Random random) {
        care.setFrequency(department, new Frequency("PLATINUM", 30), "manager");
        care.setFrequency(department, new Frequency("GOLD", 60), "manager");
        care.setFrequency(department, new Frequency("SILVER", 90), "manager");
        List<String> tiers = List.of("PLATINUM", "GOLD", "SILVER");
        for (int p = 0; p < PRACTITIONERS.size(); p++) {
            String practitioner = PRACTITIONERS.get(p);
            List<String> customers = bookOf(practitioner);
            for (int c = 0; c < customers.size(); c++) {
                String customer = customers.get(c);
                care.register(department, practitioner, new CareCustomer(customer, tiers.get(c % 3)));
                // the first customer of each practitioner was last contacted long ago: overdue
                int daysAgo = c == 0 ? 75 + p : random.nextInt(28);
                care.logContact(practitioner, new NewContact(customer, today.minusDays(daysAgo), Channel.values()[c % 3],
                        "Regular relationship call"), null);
            }
            if (customers.isEmpty()) {
                continue;
            }
            for (int d = 30; d >= 1; d--) {
                LocalDate day = today.minusDays(d);
                if (!BusinessDays.isBusinessDay(day)) {
                    continue;
                }
                int contacts = random.nextInt(3);
                for (int k = 0; k < contacts; k++) {
                    String customer = customers.get(random.nextInt(customers.size()));
                    care.logContact(practitioner, new NewContact(customer, day, Channel.PHONE, "Follow-up call"), null);
                }
                if (random.nextInt(4) == 0) {
                    String customer = customers.get(random.nextInt(customers.size()));
                    care.recordSurvey(practitioner, new NewSurvey(customer, day,
                            BigDecimal.valueOf(35 + random.nextInt(16), 1), null));
                }
            }
        }
    }

    private List<String> bookOf(String practitioner) {
        return book.customersOf(Set.of(practitioner)).stream().map(BookEntry::number).sorted().toList();
    }

    private void targets(Department department, String manager, LocalDate today) {
        for (YearMonth month : List.of(YearMonth.from(today).minusMonths(1), YearMonth.from(today))) {
            cascade(department, manager, month, Metric.CONTACTS, 120, Map.of("wang", 30, "li", 25, "liu", 15), Map.of("qian", 25, "feng", 25));
            cascade(department, manager, month, Metric.SALES_VOLUME, 20_000_000,
                    Map.of("wang", 5_000_000, "li", 4_000_000, "liu", 3_000_000), Map.of("qian", 4_000_000, "feng", 4_000_000));
            cascade(department, manager, month, Metric.NEW_CUSTOMERS, 12, Map.of("wang", 3, "li", 3, "liu", 1), Map.of("qian", 3, "feng", 2));
        }
        targets.set(department, new TargetCascade(Period.Kind.MONTH, YearMonth.from(today).toString(), Metric.SATISFACTION,
                new BigDecimal("4.3"), List.of(
                        new TeamShare("PD-WEALTH", new BigDecimal("4.3"), List.of(member("wang", 4.5), member("li", 4.3))),
                        new TeamShare("PD-PREMIER", new BigDecimal("4.5"), List.of(member("qian", 4.5), member("feng", 4.5))))),
                manager);
    }

    private void cascade(Department department, String manager, YearMonth month, Metric metric, long total,
            Map<String, Integer> wealth, Map<String, Integer> premier) {
        List<TeamShare> teams = new ArrayList<>();
        teams.add(share("PD-WEALTH", wealth));
        teams.add(share("PD-PREMIER", premier));
        targets.set(department, new TargetCascade(Period.Kind.MONTH, month.toString(), metric, BigDecimal.valueOf(total), teams),
                manager);
    }

    private static TeamShare share(String team, Map<String, Integer> members) {
        List<MemberShare> shares = members.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new MemberShare(e.getKey(), BigDecimal.valueOf(e.getValue()))).toList();
        return new TeamShare(team, shares.stream().map(MemberShare::target).reduce(BigDecimal.ZERO, BigDecimal::add), shares);
    }

    private static MemberShare member(String username, double target) {
        return new MemberShare(username, BigDecimal.valueOf(target));
    }

    private void appraisals(Department department, String manager, LocalDate today) {
        indicators.set(department, Role.PRACTITIONER, List.of(
                new Indicator("CONTACTS", "Customer contacts against target", Metric.CONTACTS, 40),
                new Indicator("SATISFACTION", "Customer satisfaction", Metric.SATISFACTION, 20),
                new Indicator("SALES", "Sales volume against target", Metric.SALES_VOLUME, 30),
                new Indicator("COMPLIANCE", "Compliant sales and records", null, 10)), manager);
        indicators.set(department, Role.ASSISTANT, List.of(
                new Indicator("SUPPORT", "Support to the practitioners", null, 70),
                new Indicator("MATERIALS", "Official materials handed out correctly", null, 30)), manager);
        CurrentActor boss = new CurrentActor(manager, department.managerName(), Set.of(Role.DEPARTMENT_MANAGER),
                department.institutionCode(), InstitutionType.SUB_BRANCH, false);
        for (Appraisal appraisal : appraisals.openCycle(department, YearMonth.from(today).minusMonths(1), manager)) {
            for (Appraisal.Item item : appraisal.items()) {
                if (item.score() == null) {
                    appraisals.score(boss, appraisal.id(), item.code(), BigDecimal.valueOf(85 + appraisal.employee().length()), null);
                }
            }
            if (appraisal.employee().equals("liu")) {
                continue; // left as a draft: the manager has not verified it yet
            }
            appraisals.verify(boss, appraisal.id());
            CurrentActor employee = new CurrentActor(appraisal.employee(), appraisal.employee(), Set.of(Role.PRACTITIONER),
                    department.institutionCode(), InstitutionType.SUB_BRANCH, true);
            switch (appraisal.employee()) {
                case "li" -> appraisals.dispute(employee, appraisal.id(),
                        "Two sales were booked on the first of this month but closed last month");
                case "wang", "qian" -> {
                    appraisals.confirm(employee, appraisal.id());
                    appraisals.finalise(boss, appraisal.id());
                }
                case "feng" -> appraisals.confirm(employee, appraisal.id());
                default -> {
                }
            }
        }
    }

    private void meetings(Department department, String manager, LocalDate today) {
        // four whole weeks up to the last business day before today: one weekly meeting and one daily meeting missed
        LocalDate end = BusinessDays.previousBusinessDay(today);
        LocalDate start = end.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(3);
        meetings.schedule(department, new NewSchedule(Kind.ALL_STAFF_WEEKLY, DayOfWeek.MONDAY, LocalTime.of(17, 30), start), manager);
        meetings.schedule(department, new NewSchedule(Kind.TEAM_MANAGERS_DAILY, null, LocalTime.of(8, 30), start), manager);
        meetings.appointTeamLead(department, "PD-WEALTH", "wang", manager);
        meetings.appointTeamLead(department, "PD-PREMIER", "qian", manager);
        LocalDate missedWeek = start.plusWeeks(2);
        LocalDate missedDay = start.plusWeeks(1).plusDays(2);
        List<String> everyone = List.copyOf(department.staff());
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            if (BusinessDays.isBusinessDay(day) && !day.equals(missedDay)) {
                meetings.record(department, new NewMeeting(Kind.TEAM_MANAGERS_DAILY, day, "Yesterday's figures; today's plan",
                        "Targets of the day assigned to both teams.", List.of(new Attendance("wang", true), new Attendance("qian", true)),
                        List.of(), List.of()), manager);
            }
            if (day.getDayOfWeek() == DayOfWeek.MONDAY && !day.equals(missedWeek)) {
                boolean firstWeek = day.isBefore(start.plusWeeks(1));
                meetings.record(department, new NewMeeting(Kind.ALL_STAFF_WEEKLY, day,
                        "Head office instructions; marketing case review; service process",
                        "Reviewed a pension-fund case: capital-preservation products suggested, customer satisfied.",
                        everyone.stream().map(u -> new Attendance(u, !u.equals("liu") || firstWeek)).toList(),
                        List.of("Call every platinum customer before month end"),
                        List.of(new FollowUp("Prepare the list of overdue platinum contacts", "wang", day.plusDays(4)))), manager);
            }
        }
    }

    private void training(Department department, String manager, LocalDate today) {
        var session = training.create(department, new Training.NewSession("Suitability rules for customers aged 65 and over",
                "HO-RETAIL-2025-017", today.minusDays(10)), manager);
        training.recordAttendance(department, session.id(), List.of(new Training.Attendance("wang", true, true),
                new Training.Attendance("li", true, true), new Training.Attendance("liu", true, false), new Training.Attendance("qian", true, true),
                new Training.Attendance("feng", false, false), new Training.Attendance("assistant", true, true)), manager);
        training.create(department, new Training.NewSession("Portfolio analysis with the new allocation view",
                "HO-RETAIL-2025-021", today.plusDays(7)), manager);
        training.proposeFor(new TrainingTrigger(TrainingTrigger.Kind.PRODUCT_ACTIVATED, "WM-DEMO-STEADY-90",
                "Steady Income 90 days", today.minusDays(1)));
    }

    private void succession(Department department, String manager, LocalDate today) {
        var position = succession.addPosition(department, new NewPosition("Team manager, Pudong Wealth Team", "wang",
                "Only one practitioner knows the platinum book well"), manager);
        succession.nameSuccessor(department, position.id(), "li", Readiness.ONE_YEAR, manager);
        succession.nameSuccessor(department, position.id(), "feng", Readiness.TWO_YEARS_PLUS, manager);
        succession.addAction(department, position.id(), new NewAction("li", "Lead the weekly case review for a quarter",
                today.plusMonths(3)), manager);
        var premier = succession.addPosition(department, new NewPosition("Team manager, Pudong Premier Team", "qian",
                "New team, no deputy yet"), manager);
        succession.nameSuccessor(department, premier.id(), "feng", Readiness.READY_NOW, manager);
    }

    private void development(Department department, LocalDate today) {
        List<String> wangs = bookOf("wang");
        List<String> lis = bookOf("li");
        var first = development.addProspect(department, "wang", new NewProspect("Mr. Gao (business owner)", "Referral by a customer", null));
        development.move("wang", first.id(), new StageChange(Stage.CONTACTED, null, "Met at the branch salon"));
        development.move("wang", first.id(), new StageChange(Stage.QUALIFIED, null, "Education fund in two years"));
        development.addProspect(department, "wang", new NewProspect("Ms. Tang", "Lobby referral", null));
        var converted = development.addProspect(department, "wang", new NewProspect("Dr. Yu", "Hospital payroll event", null));
        development.move("wang", converted.id(), new StageChange(Stage.CONTACTED, null, null));
        development.move("wang", converted.id(), new StageChange(Stage.QUALIFIED, null, null));
        if (!wangs.isEmpty()) {
            // converted: the prospect is now a customer of wang's book
            development.move("wang", converted.id(), new StageChange(Stage.CONVERTED, wangs.getLast(), "Opened the account"));
        }
        var lost = development.addProspect(department, "li", new NewProspect("Mr. Fang", "Phone enquiry", null));
        development.move("li", lost.id(), new StageChange(Stage.LOST, null, "Moved to another city"));
        development.addNote(department, "qian", new NewNote("Hospital staff in Pudong",
                "Payroll accounts at two hospitals; interest in education and pension saving; prefers evening meetings."));
        if (!wangs.isEmpty()) {
            development.recordFeedback(department, "wang", new NewFeedback(wangs.getFirst(), FeedbackKind.SUGGESTION,
                    "Would like the quarterly statement in Chinese and English", "manager"));
        }
        if (!lis.isEmpty()) {
            development.recordFeedback(department, "li", new NewFeedback(lis.getFirst(), FeedbackKind.COMPLAINT,
                    "Waited 40 minutes at the counter", "manager"));
        }
    }

    /**
     * A campaign for customers near or in retirement with a valid C1–C3 assessment: wang's and li's demo customers fall
     * in it; its conversions are whatever sales get released to them while it runs.
     */
    private void campaign(Department department, String manager, LocalDate today) {
        var campaign = campaigns.create(department, new NewCampaign("Pension season", "Capital-preservation products for customers near retirement",
                today.minusDays(14), today.plusDays(14), new Segment(List.of("C1", "C2", "C3"), 45, 70, null, null,
                        "VALID", "SB-SH-PD"), List.of("wang", "li", "qian")), manager);
        campaigns.addActivity(department, campaign.id(), new NewActivity(today.minusDays(10), "Retirement planning salon at Pudong"), manager);
        campaigns.addActivity(department, campaign.id(), new NewActivity(today.minusDays(3), "Phone round to the segment"), manager);
        List<Outcome> outcomes = List.of(Outcome.INTERESTED, Outcome.CONTACTED, Outcome.DECLINED);
        int n = 0;
        for (var member : segments.members(department, campaign.segment(), campaign.startsOn())) {
            if (campaign.staff().contains(member.practitioner())) {
                campaigns.recordOutcome(member.practitioner(), campaign.id(), member.customer().number(),
                        new OutcomeEntry(outcomes.get(n++ % outcomes.size())));
            }
        }
    }
}
