package io.steward.customer.web;

import io.steward.access.Actors;
import io.steward.customer.Referrals;
import io.steward.customer.Referrals.Decline;
import io.steward.customer.Referrals.NewReferral;
import io.steward.customer.internal.ReferralService;
import io.steward.organization.Role;
import io.steward.organization.StaffDirectory;
import io.steward.organization.StaffDirectory.StaffFilter;
import io.steward.organization.StaffMember;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Referring a prospect to a practitioner, and the practitioner's inbox of referrals to accept or decline. */
@Controller
@RequestMapping("/referrals")
class ReferralPages {

    private final Referrals referrals;
    private final ReferralService service;
    private final StaffDirectory directory;
    private final Actors actors;
    private final MessageSource messages;
    private final Clock clock;

    ReferralPages(Referrals referrals, ReferralService service, StaffDirectory directory, Actors actors,
            MessageSource messages, Clock clock) {
        this.referrals = referrals;
        this.service = service;
        this.directory = directory;
        this.actors = actors;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @Access(roles = {"PRACTITIONER", "ASSISTANT", "STAFF"}, scope = DataScope.OWN_RECORDS)
    String referrals(Model model) {
        return page(model, FormErrors.NONE);
    }

    @PostMapping
    @Access(roles = {"PRACTITIONER", "ASSISTANT", "STAFF"}, scope = DataScope.OWN_RECORDS)
    String refer(@Valid @ModelAttribute("referral") NewReferral form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(model, FormErrors.of(binding, messages));
        }
        try {
            referrals.refer(form);
        } catch (DomainRefusal refusal) {
            return page(model, FormErrors.of(refusal, messages));
        }
        redirect.addFlashAttribute("saved", form.prospectName());
        return "redirect:/referrals";
    }

    @PostMapping("/{id}/decline")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_RECORDS)
    String decline(@PathVariable long id, @Valid @ModelAttribute("decline") Decline form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(model, FormErrors.of(binding, messages));
        }
        try {
            referrals.decline(id, form);
        } catch (DomainRefusal refusal) {
            return page(model, FormErrors.of(refusal, messages));
        }
        redirect.addFlashAttribute("saved", "#" + id);
        return "redirect:/referrals";
    }

    private String page(Model model, FormErrors errors) {
        LocalDate today = LocalDate.now(clock);
        String me = actors.current().username();
        model.addAttribute("inbox", actors.current().actsAsPractitioner() ? service.inbox() : java.util.List.of());
        model.addAttribute("made", service.madeByMe());
        model.addAttribute("practitioners", directory.list(new StaffFilter(null, Role.PRACTITIONER, null)).stream()
                .filter(StaffMember::enabled).filter(member -> !member.username().equals(me))
                .filter(member -> directory.holdsValidCertificate(member.username(), today)).toList());
        model.addAttribute("errors", errors);
        return "customer/referrals";
    }
}
