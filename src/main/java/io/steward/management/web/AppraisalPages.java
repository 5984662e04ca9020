package io.steward.management.web;

import io.steward.management.Department;
import io.steward.management.Metric;
import io.steward.management.internal.Appraisals;
import io.steward.management.internal.Indicators.Indicator;
import io.steward.management.internal.Indicators;
import io.steward.organization.Role;
import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.platform.web.FormErrors;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The manager's appraisal pages (Article 7): the month's cycle (compute, score, verify, finalise), the indicators and
 * weights of each post, and one employee's history.
 */
@Controller
@RequestMapping("/management")
@Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
class AppraisalPages {

    /** The posts appraised in a department (see {@link Indicators#postOf}). */
    static final List<Role> POSTS = List.of(Role.PRACTITIONER, Role.ASSISTANT, Role.STAFF);

    private final Scope scope;
    private final Appraisals appraisals;
    private final Indicators indicators;
    private final MessageSource messages;
    private final Clock clock;

    AppraisalPages(Scope scope, Appraisals appraisals, Indicators indicators, MessageSource messages, Clock clock) {
        this.scope = scope;
        this.appraisals = appraisals;
        this.indicators = indicators;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/appraisals")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    String appraisals(@RequestParam(required = false) YearMonth month, Model model) {
        Department department = scope.managed();
        YearMonth chosen = month == null ? YearMonth.now(clock).minusMonths(1) : month;
        model.addAttribute("month", chosen);
        model.addAttribute("appraisals", appraisals.ofMonth(department, chosen));
        Map<Role, List<Indicator>> byPost = new LinkedHashMap<>();
        POSTS.forEach(post -> byPost.put(post, indicators.of(department.manager(), post)));
        model.addAttribute("indicators", byPost);
        model.addAttribute("metrics", Metric.values());
        model.addAttribute("staff", department.staff().stream().sorted().toList());
        if (!model.containsAttribute("refusal")) {
            model.addAttribute("refusal", FormErrors.NONE);
        }
        return "management/appraisals";
    }

    @PostMapping("/appraisals")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    String openCycle(@RequestParam YearMonth month, Model model, RedirectAttributes redirect) {
        return act(() -> appraisals.openCycle(scope.managed(), month, scope.actor().username()), month.toString(),
                "/management/appraisals?month=" + month, redirect, () -> appraisals(month, model), model);
    }

    @PostMapping("/appraisals/{id}/items/{code}")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    String score(@PathVariable long id, @PathVariable String code, @RequestParam java.math.BigDecimal score,
            @RequestParam YearMonth month, Model model, RedirectAttributes redirect) {
        return act(() -> appraisals.score(scope.actor(), id, code, score, null), "#" + id,
                "/management/appraisals?month=" + month, redirect, () -> appraisals(month, model), model);
    }

    @PostMapping("/appraisals/{id}/{move:verification|finalisation|recomputation}")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    String move(@PathVariable long id, @PathVariable String move, @RequestParam YearMonth month, Model model,
            RedirectAttributes redirect) {
        return act(() -> {
            switch (move) {
                case "verification" -> appraisals.verify(scope.actor(), id);
                case "finalisation" -> appraisals.finalise(scope.actor(), id);
                default -> appraisals.recompute(scope.actor(), id);
            }
        }, "#" + id, "/management/appraisals?month=" + month, redirect, () -> appraisals(month, model), model);
    }

    /**
     * The indicators of a post as rows of the form (code, name, metric, weight); a row without a code is left out.
     * The weights must add up to 100.
     */
    @PostMapping("/indicators/{post}")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    String setIndicators(@PathVariable Role post, @RequestParam(name = "code", required = false) List<String> codes,
            @RequestParam(name = "name", required = false) List<String> names,
            @RequestParam(name = "metric", required = false) List<String> metrics,
            @RequestParam(name = "weight", required = false) List<String> weights, Model model, RedirectAttributes redirect) {
        return act(() -> {
            if (!POSTS.contains(post)) {
                throw DomainRefusal.notFound("indicator-post", "No appraisal indicators for " + post, post);
            }
            List<Indicator> rows = new ArrayList<>();
            int count = codes == null ? 0 : codes.size();
            for (int i = 0; i < count; i++) {
                String code = codes.get(i).trim().toUpperCase();
                if (code.isEmpty()) {
                    continue;
                }
                String name = at(names, i);
                String weight = at(weights, i);
                if (!code.matches("[A-Z][A-Z0-9_]{1,31}") || name.isEmpty() || name.length() > 200
                        || !weight.matches("[0-9]{1,3}") || Integer.parseInt(weight) < 1 || Integer.parseInt(weight) > 100) {
                    throw DomainRefusal.invalid("indicator-row", "Indicator " + code + " needs a code, a name and a weight of 1–100",
                            code);
                }
                String metric = at(metrics, i);
                if (!metric.isEmpty() && java.util.Arrays.stream(Metric.values()).noneMatch(m -> m.name().equals(metric))) {
                    throw DomainRefusal.invalid("indicator-row", "Indicator " + code + " follows no known metric", code);
                }
                rows.add(new Indicator(code, name, metric.isEmpty() ? null : Metric.valueOf(metric), Integer.parseInt(weight)));
            }
            if (rows.isEmpty()) {
                throw DomainRefusal.invalid("indicator-weights", "The weights add up to 0, not 100", 0);
            }
            indicators.set(scope.managed(), post, rows, scope.actor().username());
        }, post.name(), "/management/appraisals#indicators-" + post, redirect, () -> appraisals(null, model), model);
    }

    @GetMapping("/staff/{username}/appraisals")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    String history(@PathVariable String username, Model model) {
        Department department = scope.managed();
        scope.departments().requireStaff(department, username);
        model.addAttribute("employee", username);
        model.addAttribute("appraisals", appraisals.history(username));
        return "management/appraisal-history";
    }

    private static String at(List<String> values, int index) {
        return values == null || index >= values.size() || values.get(index) == null ? "" : values.get(index).trim();
    }

    private String act(Runnable change, String saved, String target, RedirectAttributes redirect, Supplier<String> page,
            Model model) {
        try {
            change.run();
        } catch (DomainRefusal refusal) {
            model.addAttribute("refusal", FormErrors.of(refusal, messages));
            return page.get();
        }
        redirect.addFlashAttribute("saved", saved);
        return "redirect:" + target;
    }
}
