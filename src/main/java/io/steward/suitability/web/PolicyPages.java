package io.steward.suitability.web;

import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.platform.web.FormErrors;
import io.steward.suitability.FundPurpose;
import io.steward.suitability.PolicyParameters.RecordingTrigger;
import io.steward.suitability.RiskLevel;
import io.steward.suitability.versions.JdbcPolicyVersions;
import io.steward.suitability.versions.PolicyProposal;
import io.steward.suitability.versions.PolicyVersion;
import io.steward.suitability.versions.PolicyVersionService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** COMPLIANCE pages: the policy versions with the one in force, proposing a version, deciding one, the catalog. */
@Controller
@RequestMapping("/compliance/policy")
@Access(roles = "COMPLIANCE", scope = DataScope.BANK)
class PolicyPages {

    private final JdbcPolicyVersions versions;
    private final PolicyVersionService service;
    private final MessageSource messages;
    private final Clock clock;

    PolicyPages(JdbcPolicyVersions versions, PolicyVersionService service, MessageSource messages, Clock clock) {
        this.versions = versions;
        this.service = service;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        return listPage(model, FormErrors.NONE);
    }

    @GetMapping("/proposal")
    String proposalForm(Model model) {
        PolicyVersion inForce = versions.versionInForceOn(today());
        return proposalPage(model, ProposalForm.from(inForce.parameters(), today().plusDays(1)), FormErrors.NONE);
    }

    @PostMapping
    String propose(@Valid @ModelAttribute("policyForm") PolicyProposal form, BindingResult binding,
            HttpServletRequest request, Principal officer, Model model, RedirectAttributes redirect) {
        Map<String, Object> typed = ProposalForm.typed(request.getParameterMap());
        if (binding.hasErrors()) {
            return proposalPage(model, typed, FormErrors.of(binding, messages));
        }
        try {
            PolicyVersion proposed = service.propose(form, officer.getName());
            redirect.addFlashAttribute("saved", messages.getMessage("policy.version-number",
                    new Object[] {proposed.id()}, LocaleContextHolder.getLocale()));
        } catch (DomainRefusal refusal) {
            return proposalPage(model, typed, FormErrors.of(refusal, messages));
        }
        return "redirect:/compliance/policy";
    }

    @PostMapping("/{id}/approval")
    String approve(@PathVariable long id, Principal officer, Model model, RedirectAttributes redirect) {
        return decided(() -> service.approve(id, officer.getName()), id, model, redirect);
    }

    @PostMapping("/{id}/rejection")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Principal officer,
            Model model, RedirectAttributes redirect) {
        return decided(() -> service.reject(id, officer.getName(), reason), id, model, redirect);
    }

    @PostMapping("/{id}/withdrawal")
    String withdraw(@PathVariable long id, Principal officer, Model model, RedirectAttributes redirect) {
        return decided(() -> service.withdraw(id, officer.getName()), id, model, redirect);
    }

    @GetMapping("/rules")
    String rules(Model model) {
        model.addAttribute("rules", PolicyRule.catalog(LocaleContextHolder.getLocale()));
        return "suitability/rules";
    }

    private String decided(Runnable decision, long id, Model model, RedirectAttributes redirect) {
        try {
            decision.run();
        } catch (DomainRefusal refusal) {
            return listPage(model, FormErrors.of(refusal, messages));
        }
        redirect.addFlashAttribute("saved", messages.getMessage("policy.version-number", new Object[] {id},
                LocaleContextHolder.getLocale()));
        return "redirect:/compliance/policy";
    }

    private String listPage(Model model, FormErrors errors) {
        model.addAttribute("versions", versions.all());
        model.addAttribute("inForce", versions.versionInForceOn(today()).id());
        model.addAttribute("errors", errors);
        return "suitability/policy";
    }

    private String proposalPage(Model model, Map<String, Object> values, FormErrors errors) {
        model.addAttribute("values", values);
        model.addAttribute("riskLevels", RiskLevel.values());
        model.addAttribute("purposes", FundPurpose.values());
        model.addAttribute("triggers", RecordingTrigger.values());
        model.addAttribute("inForce", versions.versionInForceOn(today()));
        model.addAttribute("errors", errors);
        return "suitability/proposal";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
