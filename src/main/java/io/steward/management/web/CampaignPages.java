package io.steward.management.web;

import io.steward.access.CurrentActor;
import io.steward.customer.CustomerRiskLevel;
import io.steward.management.Department;
import io.steward.management.internal.CampaignEffects;
import io.steward.management.internal.Campaigns.Campaign;
import io.steward.management.internal.Campaigns.NewActivity;
import io.steward.management.internal.Campaigns.NewCampaign;
import io.steward.management.internal.Campaigns;
import io.steward.organization.Role;
import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.platform.web.FormErrors;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Campaigns on pages: the manager creates one (name, period, segment filters, assigned staff), adds its activities
 * and reads its effect analysis — counts only (DESIGN §6); an assigned practitioner works through their own customers
 * of the segment and records what came of each contact.
 */
@Controller
@RequestMapping("/management/campaigns")
class CampaignPages {

    private final Scope scope;
    private final Campaigns campaigns;
    private final CampaignEffects effects;
    private final MessageSource messages;
    private final Clock clock;

    CampaignPages(Scope scope, Campaigns campaigns, CampaignEffects effects, MessageSource messages, Clock clock) {
        this.scope = scope;
        this.campaigns = campaigns;
        this.effects = effects;
        this.messages = messages;
        this.clock = clock;
    }

    /** Empty fields of the forms are "not given" (an empty filter matches everyone), not empty text. */
    @InitBinder
    void emptyIsNull(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping
    @Access(roles = {"DEPARTMENT_MANAGER", "PRACTITIONER"}, scope = DataScope.DEPARTMENT)
    String list(Model model) {
        return listPage(model, FormErrors.NONE);
    }

    @PostMapping
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    String create(@Valid @ModelAttribute("form") NewCampaign form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return listPage(model, FormErrors.of(binding, messages));
        }
        try {
            Campaign created = campaigns.create(scope.managed(), form, scope.actor().username());
            redirect.addFlashAttribute("saved", created.name());
            return "redirect:/management/campaigns/" + created.id();
        } catch (DomainRefusal refusal) {
            return listPage(model, FormErrors.of(refusal, messages));
        }
    }

    @GetMapping("/{id}")
    @Access(roles = {"DEPARTMENT_MANAGER", "PRACTITIONER"}, scope = DataScope.DEPARTMENT)
    String campaign(@PathVariable long id, Model model) {
        return campaignPage(id, model, FormErrors.NONE);
    }

    @PostMapping("/{id}/activities")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    String activity(@PathVariable long id, @Valid @ModelAttribute("activity") NewActivity activity, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return campaignPage(id, model, FormErrors.of(binding, messages));
        }
        return act(() -> campaigns.addActivity(scope.managed(), id, activity, scope.actor().username()),
                activity.description(), id, redirect, model);
    }

    @PostMapping("/{id}/outcomes")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String outcome(@PathVariable long id, @RequestParam String customerNumber, @RequestParam Campaigns.Outcome outcome,
            Model model, RedirectAttributes redirect) {
        return act(() -> campaigns.recordOutcome(scope.actor().username(), id, customerNumber.trim().toUpperCase(),
                new Campaigns.OutcomeEntry(outcome)), customerNumber, id, redirect, model);
    }

    private String listPage(Model model, FormErrors errors) {
        CurrentActor actor = scope.actor();
        boolean manager = actor.holds(Role.DEPARTMENT_MANAGER);
        model.addAttribute("manager", manager);
        if (manager) {
            Department department = scope.managed();
            model.addAttribute("campaigns", campaigns.of(department));
            model.addAttribute("staff", department.staff());
            model.addAttribute("levels", java.util.List.of(CustomerRiskLevel.C1, CustomerRiskLevel.C2, CustomerRiskLevel.C3,
                    CustomerRiskLevel.C4, CustomerRiskLevel.C5));
            model.addAttribute("today", LocalDate.now(clock));
        } else {
            model.addAttribute("campaigns", campaigns.assignedTo(actor.username()));
        }
        model.addAttribute("errors", errors);
        return "management/campaigns";
    }

    private String campaignPage(long id, Model model, FormErrors errors) {
        CurrentActor actor = scope.actor();
        boolean manager = actor.holds(Role.DEPARTMENT_MANAGER);
        Department department = manager ? scope.managed() : scope.own();
        Campaign campaign = manager ? campaigns.campaign(department, id) : campaigns.assigned(department, actor.username(), id);
        model.addAttribute("manager", manager);
        model.addAttribute("campaign", campaign);
        if (manager) {
            model.addAttribute("analysis", effects.analysis(department, id, campaign.segment(), campaign.startsOn(),
                    campaign.endsOn(), campaign.staff()));
        } else {
            model.addAttribute("customers", effects.ownCustomers(department, actor.username(), id, campaign.segment(),
                    campaign.startsOn(), campaign.endsOn()));
            model.addAttribute("outcomes", Campaigns.Outcome.values());
        }
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("errors", errors);
        return "management/campaign";
    }

    private String act(Runnable change, String saved, long id, RedirectAttributes redirect, Model model) {
        try {
            change.run();
        } catch (DomainRefusal refusal) {
            return campaignPage(id, model, FormErrors.of(refusal, messages));
        }
        redirect.addFlashAttribute("saved", saved);
        return "redirect:/management/campaigns/" + id;
    }

    private String act(Supplier<?> change, String saved, long id, RedirectAttributes redirect, Model model) {
        return act((Runnable) change::get, saved, id, redirect, model);
    }
}
