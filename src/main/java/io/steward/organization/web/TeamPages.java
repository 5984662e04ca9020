package io.steward.organization.web;

import io.steward.organization.InstitutionTree;
import io.steward.organization.OrganizationAdministration;
import io.steward.organization.OrganizationAdministration.NewTeam;
import io.steward.organization.Role;
import io.steward.organization.StaffDirectory;
import io.steward.organization.StaffDirectory.StaffFilter;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/teams")
class TeamPages {

    private final StaffDirectory directory;
    private final InstitutionTree tree;
    private final OrganizationAdministration administration;
    private final MessageSource messages;

    TeamPages(StaffDirectory directory, InstitutionTree tree, OrganizationAdministration administration,
            MessageSource messages) {
        this.directory = directory;
        this.tree = tree;
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    String list(Model model) {
        return page(model, FormErrors.NONE);
    }

    @PostMapping
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    String create(@Valid @ModelAttribute("form") NewTeam form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(model, FormErrors.of(binding, messages));
        }
        try {
            administration.createTeam(form);
        } catch (DomainRefusal refusal) {
            return page(model, FormErrors.of(refusal, messages));
        }
        redirect.addFlashAttribute("saved", form.code());
        return "redirect:/admin/teams";
    }

    @PostMapping("/{code}/members")
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    String addMember(@PathVariable String code, @RequestParam String username, Model model,
            RedirectAttributes redirect) {
        try {
            administration.addTeamMember(code, username.trim());
        } catch (DomainRefusal refusal) {
            return page(model, FormErrors.of(refusal, messages));
        }
        redirect.addFlashAttribute("saved", code);
        return "redirect:/admin/teams";
    }

    @PostMapping("/{code}/members/{username}/removal")
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    String removeMember(@PathVariable String code, @PathVariable String username, RedirectAttributes redirect) {
        administration.removeTeamMember(code, username);
        redirect.addFlashAttribute("saved", code);
        return "redirect:/admin/teams";
    }

    private String page(Model model, FormErrors errors) {
        model.addAttribute("teams", directory.teams());
        model.addAttribute("institutions", tree.all());
        model.addAttribute("managers", directory.list(new StaffFilter(null, Role.DEPARTMENT_MANAGER, null)));
        model.addAttribute("errors", errors);
        return "organization/teams";
    }
}
