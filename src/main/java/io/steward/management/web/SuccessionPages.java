package io.steward.management.web;

import io.steward.management.internal.Succession.NewAction;
import io.steward.management.internal.Succession.NewPosition;
import io.steward.management.internal.Succession;
import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.platform.web.FormErrors;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Succession on a page (Article 11: "train successors at all levels"): key positions, their successors and the
 * development actions that prepare them, added and marked done by the manager.
 */
@Controller
@RequestMapping("/management/succession")
@Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
class SuccessionPages {

    private final Scope scope;
    private final Succession succession;
    private final MessageSource messages;
    private final Clock clock;

    SuccessionPages(Scope scope, Succession succession, MessageSource messages, Clock clock) {
        this.scope = scope;
        this.succession = succession;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String positions(Model model) {
        return page(model, FormErrors.NONE);
    }

    @PostMapping
    String addPosition(@RequestParam String title, @RequestParam String holder, @RequestParam String risk, Model model,
            RedirectAttributes redirect) {
        if (title.isBlank() || risk.isBlank()) {
            return page(model, FormErrors.of(DomainRefusal.invalid("management-required", "Fill in every field"), messages));
        }
        return act(() -> succession.addPosition(scope.managed(), new NewPosition(title.trim(), holder, risk.trim()),
                scope.actor().username()), title, redirect, model);
    }

    @PostMapping("/{id}/successors")
    String successor(@PathVariable long id, @RequestParam String username, @RequestParam Succession.Readiness readiness,
            Model model, RedirectAttributes redirect) {
        return act(() -> succession.nameSuccessor(scope.managed(), id, username, readiness, scope.actor().username()),
                username, redirect, model);
    }

    @PostMapping("/{id}/actions")
    String addAction(@PathVariable long id, @Valid @ModelAttribute("action") NewAction action, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(model, FormErrors.of(binding, messages));
        }
        return act(() -> succession.addAction(scope.managed(), id, action, scope.actor().username()), action.action(),
                redirect, model);
    }

    @PostMapping("/{id}/actions/{action}/completion")
    String completeAction(@PathVariable long id, @PathVariable long action, Model model, RedirectAttributes redirect) {
        return act(() -> succession.completeAction(scope.managed(), id, action, scope.actor().username()), "#" + action,
                redirect, model);
    }

    private String page(Model model, FormErrors errors) {
        var department = scope.managed();
        model.addAttribute("positions", succession.of(department));
        model.addAttribute("staff", department.staff());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("refusal", errors);
        return "management/succession";
    }

    private String act(Runnable change, String saved, RedirectAttributes redirect, Model model) {
        try {
            change.run();
        } catch (DomainRefusal refusal) {
            return page(model, FormErrors.of(refusal, messages));
        }
        redirect.addFlashAttribute("saved", saved);
        return "redirect:/management/succession";
    }
}
