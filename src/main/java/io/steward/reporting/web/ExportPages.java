package io.steward.reporting.web;

import io.steward.access.Actors;
import io.steward.access.CurrentActor;
import io.steward.organization.Role;
import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.platform.web.FormErrors;
import io.steward.reporting.internal.CustomerExports;
import io.steward.reporting.internal.CustomerReports;
import io.steward.reporting.internal.ExportPurpose;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Exports of customer-level data: request with a purpose, decide (four eyes), download once. */
@Controller
@RequestMapping("/exports")
class ExportPages {

    private final CustomerExports exports;
    private final CustomerReports reports;
    private final MessageSource messages;
    private final Clock clock;
    private final Actors actors;

    ExportPages(CustomerExports exports, CustomerReports reports, MessageSource messages, Clock clock, Actors actors) {
        this.actors = actors;
        this.exports = exports;
        this.reports = reports;
        this.messages = messages;
        this.clock = clock;
    }

    record RequestForm(String institution, @NotNull ExportPurpose purpose,
            @NotBlank @Size(min = 10, max = 1000) String reason) {
    }

    record DecisionForm(@NotNull Boolean approve, @Size(max = 1000) String note) {
    }

    @GetMapping
    @Access(roles = {"RETAIL_DIRECTOR", "COMPLIANCE"}, scope = DataScope.PURPOSE_BOUND)
    String list(Model model) {
        return page(model, FormErrors.NONE);
    }

    @PostMapping
    @Access(roles = {"RETAIL_DIRECTOR", "COMPLIANCE"}, scope = DataScope.PURPOSE_BOUND)
    String request(@Valid @ModelAttribute RequestForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(model, FormErrors.of(binding, messages));
        }
        try {
            long id = exports.request(form.institution(), form.purpose(), form.reason()).id();
            redirect.addFlashAttribute("saved", id);
        } catch (DomainRefusal refusal) {
            return page(model, FormErrors.of(refusal, messages));
        }
        return "redirect:/exports";
    }

    @PostMapping("/{id}/decision")
    @Access(roles = "COMPLIANCE", scope = DataScope.PURPOSE_BOUND)
    String decide(@PathVariable long id, @Valid @ModelAttribute DecisionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(model, FormErrors.of(binding, messages));
        }
        try {
            exports.decide(id, form.approve(), form.note());
            redirect.addFlashAttribute("saved", id);
        } catch (DomainRefusal refusal) {
            if (refusal.kind() == DomainRefusal.Kind.NOT_FOUND) {
                throw refusal;
            }
            return page(model, FormErrors.of(refusal, messages));
        }
        return "redirect:/exports";
    }

    @GetMapping("/{id}/file")
    @Access(roles = {"RETAIL_DIRECTOR", "COMPLIANCE"}, scope = DataScope.PURPOSE_BOUND)
    ResponseEntity<byte[]> file(@PathVariable long id) {
        return ExportApi.attachment(exports.download(id));
    }

    private String page(Model model, FormErrors errors) {
        model.addAttribute("exports", exports.visible());
        model.addAttribute("institutions", reports.institutions());
        model.addAttribute("purposes", ExportPurpose.values());
        model.addAttribute("now", exports.now());
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("windowMinutes", exports.downloadWindow().toMinutes());
        model.addAttribute("errors", errors);
        CurrentActor actor = actors.current();
        model.addAttribute("me", actor.username());
        model.addAttribute("decides", actor.holds(Role.COMPLIANCE));
        return "reporting/exports";
    }
}
