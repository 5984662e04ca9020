package io.steward.management.web;

import io.steward.access.CurrentActor;
import io.steward.management.Department;
import io.steward.management.internal.CustomerDevelopment;
import io.steward.management.internal.QualityCare;
import io.steward.organization.Role;
import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.platform.web.FormErrors;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Quality-customer care and customer development: the practitioner works with their own customers; the
 * manager sees counts and effects, never a single customer (DESIGN §6).
 */
@Controller
@RequestMapping("/management")
class ClientWorkPages {

    private final Scope scope;
    private final QualityCare care;
    private final CustomerDevelopment development;
    private final MessageSource messages;
    private final Clock clock;

    ClientWorkPages(Scope scope, QualityCare care, CustomerDevelopment development, MessageSource messages, Clock clock) {
        this.scope = scope;
        this.care = care;
        this.development = development;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/care")
    @Access(roles = {"DEPARTMENT_MANAGER", "PRACTITIONER"}, scope = DataScope.DEPARTMENT)
    String care(Model model) {
        CurrentActor actor = scope.actor();
        LocalDate today = LocalDate.now(clock);
        boolean manager = actor.holds(Role.DEPARTMENT_MANAGER);
        model.addAttribute("manager", manager);
        model.addAttribute("frequencies", care.frequencies(manager ? scope.managed() : scope.own()));
        if (manager) {
            model.addAttribute("overview", care.overview(scope.managed(), today));
        } else {
            model.addAttribute("careBook", care.careBook(actor.username()));
            model.addAttribute("candidates", care.candidates(actor.username(), today));
            model.addAttribute("overdue", care.overdue(actor.username(), today));
            model.addAttribute("contacts", care.recentContacts(actor.username(), 20));
        }
        model.addAttribute("today", today);
        model.addAttribute("channels", QualityCare.Channel.values());
        if (!model.containsAttribute("refusal")) {
            model.addAttribute("refusal", FormErrors.NONE);
        }
        return "management/care";
    }

    @PostMapping("/care/frequencies")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    String frequency(@RequestParam String tier, @RequestParam Integer everyDays, Model model, RedirectAttributes redirect) {
        return act(() -> {
            if (!tier.matches(QualityCare.TIER) || everyDays < 1 || everyDays > 366) {
                throw DomainRefusal.invalid("care-tier", "Not a tier code: " + tier, tier);
            }
            care.setFrequency(scope.managed(), new QualityCare.Frequency(tier, everyDays), scope.actor().username());
        }, tier, "/management/care", redirect, () -> care(model), model);
    }

    @PostMapping("/care/customers")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String register(@RequestParam String customerNumber, @RequestParam String tier, Model model, RedirectAttributes redirect) {
        return act(() -> care.register(scope.own(), scope.actor().username(), new QualityCare.CareCustomer(customerNumber(customerNumber), tier)),
                customerNumber, "/management/care", redirect, () -> care(model), model);
    }

    @PostMapping("/care/contacts")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String contact(@RequestParam String customerNumber, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate contactedOn,
            @RequestParam QualityCare.Channel channel, @RequestParam String summary, Model model, RedirectAttributes redirect) {
        return act(() -> care.logContact(scope.actor().username(), new QualityCare.NewContact(customerNumber(customerNumber),
                contactedOn, channel, required(summary)), null), customerNumber, "/management/care", redirect, () -> care(model), model);
    }

    @PostMapping("/care/surveys")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String survey(@RequestParam String customerNumber, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate surveyedOn,
            @RequestParam BigDecimal score, @RequestParam(required = false) String remark, Model model, RedirectAttributes redirect) {
        return act(() -> {
            if (score.compareTo(BigDecimal.ONE) < 0 || score.compareTo(BigDecimal.valueOf(5)) > 0) {
                throw DomainRefusal.invalid("care-score", "A score is from 1 to 5");
            }
            care.recordSurvey(scope.actor().username(), new QualityCare.NewSurvey(customerNumber(customerNumber), surveyedOn, score, remark));
        }, customerNumber, "/management/care", redirect, () -> care(model), model);
    }

    @GetMapping("/prospects")
    @Access(roles = {"DEPARTMENT_MANAGER", "PRACTITIONER"}, scope = DataScope.DEPARTMENT)
    String prospects(Model model) {
        CurrentActor actor = scope.actor();
        boolean manager = actor.holds(Role.DEPARTMENT_MANAGER);
        model.addAttribute("manager", manager);
        model.addAttribute("stages", CustomerDevelopment.Stage.values());
        model.addAttribute("kinds", CustomerDevelopment.FeedbackKind.values());
        if (manager) {
            model.addAttribute("pipeline", development.pipeline(scope.managed()));
            model.addAttribute("notes", development.notes(scope.managed()));
        } else {
            Department department = scope.own();
            model.addAttribute("prospects", development.prospectsOf(actor.username()));
            model.addAttribute("notes", development.notes(department));
            List<String> routes = new ArrayList<>();
            routes.add(department.manager());
            department.staff().stream().sorted().filter(username -> !username.equals(actor.username())).forEach(routes::add);
            model.addAttribute("routes", routes);
        }
        model.addAttribute("feedback", development.feedbackOf(actor.username()));
        if (!model.containsAttribute("refusal")) {
            model.addAttribute("refusal", FormErrors.NONE);
        }
        return "management/prospects";
    }

    @PostMapping("/prospects")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String addProspect(@RequestParam String name, @RequestParam String source, Model model, RedirectAttributes redirect) {
        return act(() -> development.addProspect(scope.own(), scope.actor().username(),
                new CustomerDevelopment.NewProspect(required(name), required(source), null)), name, "/management/prospects",
                redirect, () -> prospects(model), model);
    }

    @PostMapping("/prospects/{id}/stage")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String move(@PathVariable long id, @RequestParam CustomerDevelopment.Stage stage,
            @RequestParam(required = false) String customerNumber, Model model, RedirectAttributes redirect) {
        return act(() -> development.move(scope.actor().username(), id, new CustomerDevelopment.StageChange(stage,
                customerNumber == null || customerNumber.isBlank() ? null : customerNumber(customerNumber), null)),
                "#" + id, "/management/prospects", redirect, () -> prospects(model), model);
    }

    @PostMapping("/research-notes")
    @Access(roles = {"DEPARTMENT_MANAGER", "PRACTITIONER"}, scope = DataScope.DEPARTMENT)
    String researchNote(@RequestParam String topic, @RequestParam String body, Model model, RedirectAttributes redirect) {
        return act(() -> {
            String title = required(topic);
            if (title.length() > 300) {
                throw DomainRefusal.invalid("research-topic-length", "A topic has at most 300 characters");
            }
            Department department = scope.actor().holds(Role.DEPARTMENT_MANAGER) ? scope.managed() : scope.own();
            development.addNote(department, scope.actor().username(), new CustomerDevelopment.NewNote(title, required(body)));
        }, topic, "/management/prospects", redirect, () -> prospects(model), model);
    }

    @PostMapping("/feedback")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String feedback(@RequestParam String customerNumber, @RequestParam CustomerDevelopment.FeedbackKind kind,
            @RequestParam String text, @RequestParam String routedTo, Model model, RedirectAttributes redirect) {
        return act(() -> development.recordFeedback(scope.own(), scope.actor().username(), new CustomerDevelopment.NewFeedback(
                customerNumber(customerNumber), kind, required(text), required(routedTo))), customerNumber,
                "/management/prospects", redirect, () -> prospects(model), model);
    }

    @PostMapping("/feedback/{id}/resolution")
    @Access(roles = {"DEPARTMENT_MANAGER", "PRACTITIONER"}, scope = DataScope.DEPARTMENT)
    String resolve(@PathVariable long id, @RequestParam String resolution, Model model, RedirectAttributes redirect) {
        return act(() -> development.resolve(scope.actor().username(), id, required(resolution)), "#" + id,
                "/management/prospects", redirect, () -> prospects(model), model);
    }

    private static String customerNumber(String value) {
        String number = value == null ? "" : value.trim().toUpperCase();
        if (!number.matches(QualityCare.CUSTOMER_NUMBER)) {
            throw DomainRefusal.invalid("care-customer-number", "Not a customer number: " + value, value);
        }
        return number;
    }

    private static String required(String value) {
        if (value == null || value.isBlank()) {
            throw DomainRefusal.invalid("management-required", "Fill in every field");
        }
        return value.trim();
    }

    private String act(Runnable change, String saved, String target, RedirectAttributes redirect, Supplier<String> page, Model model) {
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
