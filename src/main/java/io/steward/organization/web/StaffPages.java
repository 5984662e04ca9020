package io.steward.organization.web;

import io.steward.organization.Certificate;
import io.steward.organization.InstitutionTree;
import io.steward.organization.OrganizationAdministration;
import io.steward.organization.OrganizationAdministration.NewCertificate;
import io.steward.organization.OrganizationAdministration.NewStaff;
import io.steward.organization.OrganizationAdministration.Revocation;
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
import java.util.Set;
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

/** ADMIN pages for staff accounts: the list, a new account, and one person's roles, assistants and certificates. */
@Controller
@RequestMapping("/admin/staff")
class StaffPages {

    static final int EXPIRY_WARNING_DAYS = 30;

    private final StaffDirectory directory;
    private final InstitutionTree tree;
    private final OrganizationAdministration administration;
    private final MessageSource messages;
    private final Clock clock;

    StaffPages(StaffDirectory directory, InstitutionTree tree, OrganizationAdministration administration,
            MessageSource messages, Clock clock) {
        this.directory = directory;
        this.tree = tree;
        this.administration = administration;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    String list(@RequestParam(required = false) String institution, @RequestParam(required = false) Role role,
            @RequestParam(required = false) String q, Model model) {
        model.addAttribute("staff", directory.list(new StaffFilter(blankToNull(institution), role, q)));
        model.addAttribute("institution", institution);
        model.addAttribute("role", role);
        model.addAttribute("q", q);
        return listPage(model, FormErrors.NONE);
    }

    @PostMapping
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    String create(@Valid @ModelAttribute("form") NewStaff form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                StaffMember created = administration.createStaff(form);
                redirect.addFlashAttribute("saved", created.username());
                return "redirect:/admin/staff/" + created.username();
            } catch (DomainRefusal refusal) {
                model.addAttribute("staff", directory.list(StaffFilter.everyone()));
                return listPage(model, FormErrors.of(refusal, messages));
            }
        }
        model.addAttribute("staff", directory.list(StaffFilter.everyone()));
        return listPage(model, FormErrors.of(binding, messages));
    }

    @GetMapping("/{username}")
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    String one(@PathVariable String username, Model model) {
        return memberPage(username, model, FormErrors.NONE);
    }

    @PostMapping("/{username}/roles")
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    String roles(@PathVariable String username, @RequestParam(required = false) Set<Role> roles, Model model,
            RedirectAttributes redirect) {
        try {
            administration.changeRoles(username, roles == null ? Set.of() : roles);
        } catch (DomainRefusal refusal) {
            return memberPage(username, model, FormErrors.of(refusal, messages));
        }
        redirect.addFlashAttribute("saved", username);
        return "redirect:/admin/staff/" + username;
    }

    @PostMapping("/{username}/enabled")
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    String enabled(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
        administration.setEnabled(username, enabled);
        redirect.addFlashAttribute("saved", username);
        return "redirect:/admin/staff/" + username;
    }

    @PostMapping("/{username}/practitioners")
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    String assist(@PathVariable String username, @RequestParam String practitioner, Model model,
            RedirectAttributes redirect) {
        try {
            administration.assignAssistant(username, practitioner.trim());
        } catch (DomainRefusal refusal) {
            return memberPage(username, model, FormErrors.of(refusal, messages));
        }
        redirect.addFlashAttribute("saved", username);
        return "redirect:/admin/staff/" + username;
    }

    @PostMapping("/{username}/practitioners/{practitioner}/removal")
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    String stopAssisting(@PathVariable String username, @PathVariable String practitioner, RedirectAttributes redirect) {
        administration.unassignAssistant(username, practitioner);
        redirect.addFlashAttribute("saved", username);
        return "redirect:/admin/staff/" + username;
    }

    @PostMapping("/{username}/certificates")
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    String addCertificate(@PathVariable String username, @Valid @ModelAttribute("certificate") NewCertificate form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return memberPage(username, model, FormErrors.of(binding, messages));
        }
        try {
            administration.addCertificate(username, form);
        } catch (DomainRefusal refusal) {
            return memberPage(username, model, FormErrors.of(refusal, messages));
        }
        redirect.addFlashAttribute("saved", form.number());
        return "redirect:/admin/staff/" + username;
    }

    @PostMapping("/{username}/certificates/{number}/revocation")
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    String revoke(@PathVariable String username, @PathVariable String number,
            @Valid @ModelAttribute("revocation") Revocation form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return memberPage(username, model, FormErrors.of(binding, messages));
        }
        try {
            administration.revokeCertificate(username, number, form);
        } catch (DomainRefusal refusal) {
            return memberPage(username, model, FormErrors.of(refusal, messages));
        }
        redirect.addFlashAttribute("saved", number);
        return "redirect:/admin/staff/" + username;
    }

    private String listPage(Model model, FormErrors errors) {
        model.addAttribute("institutions", tree.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("errors", errors);
        return "organization/staff-list";
    }

    private String memberPage(String username, Model model, FormErrors errors) {
        StaffMember member = directory.find(username).orElseThrow(() -> DomainRefusal.notFound("unknown-staff",
                "Unknown staff member " + username, username));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("member", member);
        model.addAttribute("roles", Role.values());
        model.addAttribute("certificates", directory.certificatesOf(username).stream()
                .map(c -> CertificateView.of(c, today)).toList());
        model.addAttribute("practitioners", directory.practitionersAssistedBy(username));
        model.addAttribute("today", today);
        model.addAttribute("errors", errors);
        return "organization/staff";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A certificate as the page shows it: its status today, and whether it is about to expire. */
    record CertificateView(Certificate certificate, String status, boolean expiringSoon) {

        static CertificateView of(Certificate certificate, LocalDate today) {
            String status = certificate.revoked() && !today.isBefore(certificate.revokedOn()) ? "revoked"
                    : today.isAfter(certificate.expiresOn()) ? "expired"
                    : today.isBefore(certificate.issuedOn()) ? "future"
                    : "valid";
            return new CertificateView(certificate, status, certificate.expiresWithin(today, EXPIRY_WARNING_DAYS));
        }
    }
}
