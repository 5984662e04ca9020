package io.steward.organization.web;

import io.steward.organization.InstitutionTree;
import io.steward.organization.InstitutionType;
import io.steward.organization.OrganizationAdministration;
import io.steward.organization.OrganizationAdministration.NewInstitution;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/institutions")
class InstitutionPages {

    private final InstitutionTree tree;
    private final OrganizationAdministration administration;
    private final MessageSource messages;

    InstitutionPages(InstitutionTree tree, OrganizationAdministration administration, MessageSource messages) {
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
    String create(@Valid @ModelAttribute("form") NewInstitution form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(model, FormErrors.of(binding, messages));
        }
        try {
            administration.createInstitution(form);
        } catch (DomainRefusal refusal) {
            return page(model, FormErrors.of(refusal, messages));
        }
        redirect.addFlashAttribute("saved", form.code());
        return "redirect:/admin/institutions";
    }

    private String page(Model model, FormErrors errors) {
        model.addAttribute("institutions", tree.all());
        model.addAttribute("types", InstitutionType.values());
        model.addAttribute("errors", errors);
        return "organization/institutions";
    }
}
