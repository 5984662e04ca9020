package io.steward.management.web;

import io.steward.management.Department;
import io.steward.management.Metric;
import io.steward.management.internal.CadenceReport;
import io.steward.management.internal.Meetings;
import io.steward.management.internal.Period;
import io.steward.management.internal.Plans;
import io.steward.management.internal.TargetCascade.MemberShare;
import io.steward.management.internal.TargetCascade.TeamShare;
import io.steward.management.internal.TargetCascade;
import io.steward.management.internal.Targets;
import io.steward.management.internal.Training;
import io.steward.organization.Team;
import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.platform.web.FormErrors;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The manager's pages for running the department: targets, appraisals, meetings, training, plans. */
@Controller
@RequestMapping("/management")
@Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
class DepartmentPages {

    private final Scope scope;
    private final Targets targets;
    private final Meetings meetings;
    private final CadenceReport cadence;
    private final Training training;
    private final Plans plans;
    private final MessageSource messages;
    private final Clock clock;

    DepartmentPages(Scope scope, Targets targets, Meetings meetings, CadenceReport cadence,
            Training training, Plans plans, MessageSource messages, Clock clock) {
        this.scope = scope;
        this.targets = targets;
        this.meetings = meetings;
        this.cadence = cadence;
        this.training = training;
        this.plans = plans;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/targets")
    String targets(@RequestParam(required = false) String period, Model model) {
        return targetsPage(period, model, FormErrors.NONE);
    }

    /** The cascade form: the department's figure, each team's and each member's (fields team.CODE and member.NAME). */
    @PostMapping("/targets")
    String setTargets(@RequestParam Metric metric, @RequestParam String period, @RequestParam BigDecimal target,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Department department = scope.managed();
        List<TeamShare> teams = new ArrayList<>();
        for (Team team : department.teams()) {
            List<MemberShare> members = new ArrayList<>();
            for (String member : team.members()) {
                String value = form.get("member." + member);
                if (value != null && !value.isBlank()) {
                    members.add(new MemberShare(member, new BigDecimal(value.trim())));
                }
            }
            String value = form.get("team." + team.code());
            if (value != null && !value.isBlank() && !members.isEmpty()) {
                teams.add(new TeamShare(team.code(), new BigDecimal(value.trim()), members));
            }
        }
        return act(() -> targets.set(department, new TargetCascade(Period.Kind.MONTH, period, metric, target, teams),
                        scope.actor().username()), metric.name(), "/management/targets?period=" + period, redirect,
                () -> targetsPage(period, model, null), model);
    }

    private String targetsPage(String period, Model model, FormErrors errors) {
        Department department = scope.managed();
        Period chosen = period == null ? Period.containing(Period.Kind.MONTH, LocalDate.now(clock))
                : Period.parse(Period.Kind.MONTH, period);
        model.addAttribute("department", department);
        model.addAttribute("period", chosen);
        model.addAttribute("targets", targets.progress(department, chosen));
        model.addAttribute("metrics", Metric.values());
        keepErrors(model, errors);
        return "management/targets";
    }

    @GetMapping("/meetings")
    String meetings(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, Model model) {
        Department department = scope.managed();
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from == null ? today.minusWeeks(5) : from;
        model.addAttribute("from", start);
        model.addAttribute("schedules", meetings.schedules(department));
        model.addAttribute("leads", meetings.teamLeads(department));
        model.addAttribute("cadence", cadence.of(department, start, today));
        model.addAttribute("meetings", meetings.between(department, start, today));
        model.addAttribute("everyone", meetings.invited(department, Meetings.Kind.ALL_STAFF_WEEKLY));
        model.addAttribute("kinds", Meetings.Kind.values());
        model.addAttribute("weekdays", List.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY,
                java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.FRIDAY));
        model.addAttribute("teams", department.teams());
        model.addAttribute("staff", department.staff().stream().sorted().toList());
        model.addAttribute("today", today);
        keepErrors(model, null);
        return "management/meetings";
    }

    @PostMapping("/meetings")
    String recordMeeting(@RequestParam Meetings.Kind kind, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam String agenda, @RequestParam String minutes, @RequestParam(required = false) List<String> present,
            @RequestParam(required = false) String decision, @RequestParam(required = false) String followUp,
            @RequestParam(required = false) String followUpOwner,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate followUpDue,
            Model model, RedirectAttributes redirect) {
        Department department = scope.managed();
        List<Meetings.Attendance> attendance = meetings.invited(department, kind).stream()
                .filter(username -> !username.equals(department.manager()))
                .map(username -> new Meetings.Attendance(username, present != null && present.contains(username))).toList();
        return act(() -> {
            if (agenda.isBlank() || minutes.isBlank()) {
                throw DomainRefusal.invalid("meeting-fields", "A meeting is recorded with its agenda and minutes");
            }
            List<Meetings.FollowUp> followUps = List.of();
            if (followUp != null && !followUp.isBlank()) {
                if (followUpOwner == null || followUpOwner.isBlank() || followUpDue == null) {
                    throw DomainRefusal.invalid("meeting-follow-up", "A follow-up names its owner and due date");
                }
                followUps = List.of(new Meetings.FollowUp(followUp.trim(), followUpOwner, followUpDue));
            }
            meetings.record(department, new Meetings.NewMeeting(kind, heldOn, agenda, minutes, attendance,
                    decision == null || decision.isBlank() ? List.of() : List.of(decision), followUps), scope.actor().username());
        }, heldOn.toString(), "/management/meetings", redirect, () -> meetings(null, model), model);
    }

    @PostMapping("/meetings/schedules")
    String scheduleMeeting(@RequestParam Meetings.Kind kind, @RequestParam(required = false) java.time.DayOfWeek weekday,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) java.time.LocalTime at,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn, Model model,
            RedirectAttributes redirect) {
        return act(() -> meetings.schedule(scope.managed(), new Meetings.NewSchedule(kind, weekday, at, startsOn),
                scope.actor().username()), kind.name(), "/management/meetings", redirect, () -> meetings(null, model), model);
    }

    @PostMapping("/meetings/team-leads")
    String appointTeamLead(@RequestParam String team, @RequestParam String username, Model model, RedirectAttributes redirect) {
        return act(() -> meetings.appointTeamLead(scope.managed(), team, username, scope.actor().username()), team,
                "/management/meetings", redirect, () -> meetings(null, model), model);
    }

    @GetMapping("/training")
    String training(Model model) {
        Department department = scope.managed();
        model.addAttribute("sessions", training.of(department));
        model.addAttribute("staff", department.staff());
        Map<String, List<Training.RecordLine>> records = new java.util.TreeMap<>();
        department.staff().forEach(username -> records.put(username, training.recordOf(username)));
        model.addAttribute("records", records);
        model.addAttribute("today", LocalDate.now(clock));
        keepErrors(model, null);
        return "management/training";
    }

    @PostMapping("/training")
    String createTraining(@RequestParam String topic, @RequestParam(required = false) String materialRef,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn, Model model, RedirectAttributes redirect) {
        return act(() -> training.create(scope.managed(), new Training.NewSession(topic, materialRef, heldOn), scope.actor().username()),
                topic, "/management/training", redirect, () -> training(model), model);
    }

    @PostMapping("/training/{id}/scheduling")
    String scheduleTraining(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            Model model, RedirectAttributes redirect) {
        return act(() -> training.schedule(scope.managed(), id, new Training.Scheduling(heldOn, null), scope.actor().username()),
                "#" + id, "/management/training", redirect, () -> training(model), model);
    }

    @PostMapping("/training/{id}/cancellation")
    String cancelTraining(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return act(() -> training.cancel(scope.managed(), id, scope.actor().username()), "#" + id, "/management/training",
                redirect, () -> training(model), model);
    }

    @PostMapping("/training/{id}/attendance")
    String attendance(@PathVariable long id, @RequestParam(required = false) List<String> attended,
            @RequestParam(required = false) List<String> completed, Model model, RedirectAttributes redirect) {
        Department department = scope.managed();
        List<Training.Attendance> lines = department.staff().stream().map(username -> new Training.Attendance(username,
                attended != null && attended.contains(username), completed != null && completed.contains(username))).toList();
        return act(() -> training.recordAttendance(department, id, lines, scope.actor().username()), "#" + id,
                "/management/training", redirect, () -> training(model), model);
    }

    @GetMapping("/plans")
    String plans(Model model) {
        model.addAttribute("plans", plans.of(scope.managed()));
        model.addAttribute("horizons", Plans.Horizon.values());
        model.addAttribute("metrics", Metric.values());
        model.addAttribute("today", LocalDate.now(clock));
        keepErrors(model, null);
        return "management/plans";
    }

    @PostMapping("/plans")
    String createPlan(@RequestParam Plans.Horizon horizon, @RequestParam String title,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn, @RequestParam String goals,
            @RequestParam String strategy, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        if (endsOn.isBefore(startsOn)) {
            return refuse(DomainRefusal.invalid("plan-dates", "A plan ends after it starts"), () -> plans(model), model);
        }
        List<Plans.Measure> measures = new java.util.ArrayList<>();
        for (Metric metric : Metric.values()) {
            String typed = form.getOrDefault("measure." + metric.name(), "").trim();
            if (typed.isEmpty()) {
                continue;
            }
            try {
                BigDecimal target = new BigDecimal(typed);
                if (target.signum() < 0) {
                    throw new NumberFormatException(typed);
                }
                measures.add(new Plans.Measure(metric, target));
            } catch (NumberFormatException notANumber) {
                return refuse(DomainRefusal.invalid("plan-measure", "Not a target: " + typed, typed), () -> plans(model), model);
            }
        }
        return act(() -> plans.create(scope.managed(), new Plans.NewPlan(horizon, title, startsOn, endsOn, goals, strategy, measures),
                scope.actor().username()), title, "/management/plans", redirect, () -> plans(model), model);
    }

    @PostMapping("/plans/{id}/revisions")
    String revisePlan(@PathVariable long id, @RequestParam String title, @RequestParam String goals,
            @RequestParam String strategy, @RequestParam String reason, Model model, RedirectAttributes redirect) {
        if (reason.isBlank()) {
            return refuse(DomainRefusal.invalid("plan-revision-reason", "A revision gives its reason"), () -> plans(model), model);
        }
        return act(() -> plans.revise(scope.managed(), id, new Plans.PlanRevision(title, goals, strategy, reason),
                scope.actor().username()), title, "/management/plans", redirect, () -> plans(model), model);
    }

    @PostMapping("/plans/{id}/reviews")
    String reviewPlan(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewedOn,
            @RequestParam Integer completion, @RequestParam String findings, Model model, RedirectAttributes redirect) {
        if (completion < 0 || completion > 100 || findings.isBlank()) {
            return refuse(DomainRefusal.invalid("plan-review-fields", "Completion 0–100 and findings"), () -> plans(model), model);
        }
        return act(() -> plans.review(scope.managed(), id, new Plans.NewReview(reviewedOn, completion, findings),
                scope.actor().username()), "#" + id, "/management/plans", redirect, () -> plans(model), model);
    }

    /** Runs a change; on success redirects with "saved", on a refusal re-renders the page with the message. */
    private String act(Runnable change, String saved, String target, RedirectAttributes redirect, Supplier<String> page,
            Model model) {
        try {
            change.run();
        } catch (DomainRefusal refusal) {
            return refuse(refusal, page, model);
        }
        redirect.addFlashAttribute("saved", saved);
        return "redirect:" + target;
    }

    private String act(Supplier<?> change, String saved, String target, RedirectAttributes redirect, Supplier<String> page,
            Model model) {
        return act((Runnable) change::get, saved, target, redirect, page, model);
    }

    private String refuse(DomainRefusal refusal, Supplier<String> page, Model model) {
        model.addAttribute("refusal", FormErrors.of(refusal, messages));
        return page.get();
    }

    private static void keepErrors(Model model, FormErrors errors) {
        if (!model.containsAttribute("refusal")) {
            model.addAttribute("refusal", errors == null ? FormErrors.NONE : errors);
        }
    }
}
