package io.steward.management.web;

import io.steward.access.CurrentActor;
import io.steward.management.Department;
import io.steward.management.Metric;
import io.steward.management.PractitionerDashboardSection;
import io.steward.management.internal.Appraisals;
import io.steward.management.internal.DailyCloses;
import io.steward.management.internal.Dashboards.ManagerDashboard;
import io.steward.management.internal.Dashboards;
import io.steward.management.internal.Meetings;
import io.steward.management.internal.QualityCare;
import io.steward.management.internal.TargetView;
import io.steward.management.internal.Targets;
import io.steward.management.internal.Training;
import io.steward.organization.Role;
import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The manager's dashboard, the daily close and a practitioner's own dashboard. */
@Controller
class DashboardPages {

    private final Scope scope;
    private final Dashboards dashboards;
    private final DailyCloses closes;
    private final Targets targets;
    private final QualityCare care;
    private final Appraisals appraisals;
    private final Meetings meetings;
    private final Training training;
    private final List<PractitionerDashboardSection> sections;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Clock clock;

    DashboardPages(Scope scope, Dashboards dashboards, DailyCloses closes, Targets targets, QualityCare care,
            Appraisals appraisals, Meetings meetings, Training training, List<PractitionerDashboardSection> sections,
            JsonMapper json, MessageSource messages, Clock clock) {
        this.scope = scope;
        this.dashboards = dashboards;
        this.closes = closes;
        this.targets = targets;
        this.care = care;
        this.appraisals = appraisals;
        this.meetings = meetings;
        this.training = training;
        this.sections = sections.stream().sorted(Comparator.comparingInt(PractitionerDashboardSection::order)).toList();
        this.json = json;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/management")
    @Access(roles = {"DEPARTMENT_MANAGER", "RETAIL_DIRECTOR"}, scope = DataScope.DEPARTMENT)
    String dashboard(@RequestParam(required = false) String department, Model model) {
        CurrentActor actor = scope.actor();
        if (actor.holds(Role.RETAIL_DIRECTOR)) {
            List<Department> visible = scope.departments().within(actor.institutionCode());
            model.addAttribute("departments", visible);
            if (department == null && !visible.isEmpty() && !actor.holds(Role.DEPARTMENT_MANAGER)) {
                department = visible.getFirst().manager();
            }
        }
        if (department == null && !actor.holds(Role.DEPARTMENT_MANAGER)) {
            model.addAttribute("board", null);
            return "management/dashboard";
        }
        ManagerDashboard board = dashboards.manager(scope.readable(department));
        model.addAttribute("board", board);
        model.addAttribute("targetsJson", json.writeValueAsString(board.targets().stream().filter(bar -> bar.measured())
                .map(bar -> Map.of("metric", bar.metric().name(), "completion", bar.completion() == null ? 0 : bar.completion()))
                .toList()));
        model.addAttribute("trendJson", json.writeValueAsString(board.trend()));
        model.addAttribute("rankingJson", json.writeValueAsString(board.staff()));
        model.addAttribute("metricLabelsJson", metricLabels());
        model.addAttribute("trendNamesJson", json.writeValueAsString(Map.of(
                "contacts", text("management.dashboard.trend.contacts"), "surveys", text("management.dashboard.trend.surveys"),
                "conversions", text("management.dashboard.trend.conversions"), "sales", text("management.dashboard.trend.sales"),
                "volume", text("management.dashboard.trend.volume"))));
        return "management/dashboard";
    }

    @GetMapping("/management/daily-close")
    @Access(roles = {"DEPARTMENT_MANAGER", "RETAIL_DIRECTOR"}, scope = DataScope.DEPARTMENT)
    String dailyClose(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) String department, Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate chosen = day == null ? today : day;
        if (chosen.isAfter(today)) {
            throw DomainRefusal.invalid("daily-close-future", "A day is closed once it has come", chosen);
        }
        Department subject = scope.readable(department);
        model.addAttribute("close", chosen.equals(today)
                ? closes.latest(subject, today).orElseGet(() -> closes.preview(subject))
                : closes.keep(subject, chosen, scope.actor().username()));
        model.addAttribute("revisions", closes.revisions(subject, chosen));
        model.addAttribute("department", subject);
        model.addAttribute("day", chosen);
        return "management/daily-close";
    }

    @PostMapping("/management/daily-close/revisions")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    String regenerate(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
        closes.regenerate(scope.managed(), day, scope.actor().username());
        redirect.addFlashAttribute("saved", day.toString());
        return "redirect:/management/daily-close?day=" + day;
    }

    @GetMapping("/my")
    @Access(roles = {"PRACTITIONER", "ASSISTANT", "STAFF"}, scope = DataScope.OWN_RECORDS)
    String mine(Model model) {
        String username = scope.actor().username();
        LocalDate today = LocalDate.now(clock);
        Optional<Department> department = scope.departments().ofStaff(username);
        List<TargetView> own = department.map(d -> targets.ofStaff(d, username, today)).orElse(List.of());
        model.addAttribute("targets", own);
        model.addAttribute("targetsJson", json.writeValueAsString(own.stream().filter(TargetView::measured)
                .map(t -> Map.of("metric", t.metric().name(), "completion", t.completion() == null ? 0 : t.completion()))
                .toList()));
        model.addAttribute("metricLabelsJson", metricLabels());
        model.addAttribute("overdue", care.overdue(username, today));
        model.addAttribute("appraisals", appraisals.history(username));
        model.addAttribute("followUps", meetings.openFollowUpsOf(username));
        model.addAttribute("training", training.recordOf(username));
        Map<PractitionerDashboardSection, List<PractitionerDashboardSection.Item>> fed = new LinkedHashMap<>();
        sections.forEach(section -> fed.put(section, section.itemsFor(username, today)));
        model.addAttribute("sections", fed);
        return "management/my";
    }

    private String metricLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            labels.put(metric.name(), text("management.metric." + metric.name()));
        }
        return json.writeValueAsString(labels);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
