package io.steward.customer.web;

import io.steward.customer.CustomerRegistration;
import io.steward.customer.CustomerRegistration.Reassignment;
import io.steward.customer.internal.TeamCustomers;
import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.platform.web.FormErrors;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The department manager reassigns customers between the practitioners of the teams they lead, with a reason. */
@Controller
@RequestMapping("/team/clients")
class TeamClientPages {

    private final TeamCustomers team;
    private final CustomerRegistration registration;
    private final MessageSource messages;

    TeamClientPages(TeamCustomers team, CustomerRegistration registration, MessageSource messages) {
        this.team = team;
        this.registration = registration;
        this.messages = messages;
    }

    @GetMapping
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    String list(Model model) {
        return page(model, FormErrors.NONE);
    }

    @PostMapping("/{number}/practitioner")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    String reassign(@PathVariable String number, @Valid @ModelAttribute("reassignment") Reassignment form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(model, FormErrors.of(binding, messages));
        }
        try {
            registration.reassign(number, form);
        } catch (DomainRefusal refusal) {
            return page(model, FormErrors.of(refusal, messages));
        }
        redirect.addFlashAttribute("saved", number);
        return "redirect:/team/clients";
    }

    private String page(Model model, FormErrors errors) {
        model.addAttribute("assignments", team.list());
        model.addAttribute("practitioners", team.practitioners());
        model.addAttribute("errors", errors);
        return "customer/team";
    }
}
