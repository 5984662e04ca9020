package io.steward.customer.web;

import io.steward.customer.CustomerFunds;
import io.steward.customer.CustomerFunds.NewFund;
import io.steward.customer.FundPurpose;
import io.steward.customer.GuardianDocumentType;
import io.steward.customer.GuardianRelationship;
import io.steward.customer.Guardians;
import io.steward.customer.Guardians.NewGuardian;
import io.steward.customer.Guardians.Scan;
import io.steward.customer.IdentityDocumentType;
import io.steward.customer.Interviews;
import io.steward.customer.Interviews.NewInterview;
import io.steward.customer.internal.AccessPurposes;
import io.steward.customer.internal.CustomerViews;
import io.steward.customer.internal.CustomerViews.Full;
import io.steward.customer.internal.CustomerViews.Record;
import io.steward.customer.internal.ScannedDocument;
import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.platform.web.FormErrors;
import io.steward.suitability.PolicyVersions;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One customer: the full record for the assigned practitioner (identity, contact, profile, funds, guardians,
 * interviews, tasks, risk level), the low-sensitivity view for their assistants, 404 for anyone else. Every opening
 * is audited.
 */
@Controller
@RequestMapping("/clients/{number}")
class CustomerPages {

    private final CustomerViews views;
    private final CustomerFunds funds;
    private final Guardians guardians;
    private final Interviews interviews;
    private final AccessPurposes accessPurposes;
    private final PolicyVersions policies;
    private final MessageSource messages;
    private final Clock clock;

    CustomerPages(CustomerViews views, CustomerFunds funds, Guardians guardians, Interviews interviews,
            AccessPurposes accessPurposes, PolicyVersions policies, MessageSource messages, Clock clock) {
        this.accessPurposes = accessPurposes;
        this.policies = policies;
        this.views = views;
        this.funds = funds;
        this.guardians = guardians;
        this.interviews = interviews;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @Access(anyStaff = true, scope = DataScope.OWN_CUSTOMERS)
    String customer(@PathVariable String number, Model model) {
        return page(number, model, FormErrors.NONE, null);
    }

    @PostMapping("/funds")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String addFund(@PathVariable String number, @Valid @ModelAttribute("fund") NewFund form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(number, model, FormErrors.of(binding, messages), "fund");
        }
        try {
            funds.add(number, form);
        } catch (DomainRefusal refusal) {
            return page(number, model, FormErrors.of(refusal, messages), "fund");
        }
        return saved(number, redirect, "funds");
    }

    @PostMapping("/guardians")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String addGuardian(@PathVariable String number, @Valid @ModelAttribute("guardian") NewGuardian form,
            BindingResult binding, @RequestParam(required = false) MultipartFile scan, Model model,
            RedirectAttributes redirect) throws IOException {
        if (binding.hasErrors()) {
            return page(number, model, FormErrors.of(binding, messages), "guardian");
        }
        try {
            long id = guardians.add(number, form).id();
            if (scan != null && !scan.isEmpty()) {
                guardians.attachScan(number, id, new Scan(scan.getOriginalFilename(), scan.getContentType(), scan.getBytes()));
            }
        } catch (DomainRefusal refusal) {
            return page(number, model, FormErrors.of(refusal, messages), "guardian");
        }
        return saved(number, redirect, "guardians");
    }

    @PostMapping("/guardians/{id}/scan")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String attachScan(@PathVariable String number, @PathVariable long id, @RequestParam MultipartFile scan, Model model,
            RedirectAttributes redirect) throws IOException {
        try {
            guardians.attachScan(number, id, new Scan(scan.getOriginalFilename(), scan.getContentType(), scan.getBytes()));
        } catch (DomainRefusal refusal) {
            return page(number, model, FormErrors.of(refusal, messages), "guardian");
        }
        return saved(number, redirect, "guardians");
    }

    @PostMapping("/guardians/{id}/verification")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String verifyGuardian(@PathVariable String number, @PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            guardians.verify(number, id);
        } catch (DomainRefusal refusal) {
            return page(number, model, FormErrors.of(refusal, messages), "guardian");
        }
        return saved(number, redirect, "guardians");
    }

    @GetMapping("/guardians/{id}/scan")
    @Access(anyStaff = true, scope = DataScope.OWN_CUSTOMERS)
    ResponseEntity<byte[]> scan(@PathVariable String number, @PathVariable long id) {
        ScannedDocument document = views.guardianScan(number, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(document.fileName()).build().toString())
                .body(document.content());
    }

    @PostMapping("/interviews")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String recordInterview(@PathVariable String number, @Valid @ModelAttribute("interview") NewInterview form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(number, model, FormErrors.of(binding, messages), "interview");
        }
        try {
            boolean flagged = interviews.record(number, form).flagged();
            if (flagged) {
                redirect.addFlashAttribute("flagged", true);
            }
        } catch (DomainRefusal refusal) {
            return page(number, model, FormErrors.of(refusal, messages), "interview");
        }
        return saved(number, redirect, "interviews");
    }

    private String saved(String number, RedirectAttributes redirect, String section) {
        redirect.addFlashAttribute("saved", number);
        return "redirect:/clients/" + number + "#" + section;
    }

    /** {@code failedForm} names the form whose errors are shown (the others stay empty). */
    private String page(String number, Model model, FormErrors errors, String failedForm) {
        Record record = views.open(number);
        model.addAttribute("customer", record);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("errors", errors);
        model.addAttribute("failedForm", failedForm);
        if (record instanceof Full) {
            model.addAttribute("purpose", accessPurposes.openForCurrentOfficer(number).orElse(null));
            model.addAttribute("zone", clock.getZone());
            model.addAttribute("purposes", FundPurpose.values());
            model.addAttribute("earmarked", policies.inForceOn(LocalDate.now(clock)).earmarkedPurposes().stream()
                    .map(Enum::name).collect(Collectors.toSet())); // FUND-2, as the policy in force says
            model.addAttribute("relationships", GuardianRelationship.values());
            model.addAttribute("identityTypes", IdentityDocumentType.values());
            model.addAttribute("documentTypes", GuardianDocumentType.values());
            return "customer/customer";
        }
        return "customer/customer-low";
    }
}
