package io.steward.assessment.web;

import io.steward.assessment.AssessmentLocation;
import io.steward.assessment.AssessmentLookup;
import io.steward.assessment.EffectiveAssessment;
import io.steward.assessment.internal.AssessmentHistory;
import io.steward.assessment.internal.AssessmentHistory.Line;
import io.steward.assessment.internal.AssessmentStart;
import io.steward.assessment.internal.AssessmentStart.StartRequest;
import io.steward.assessment.internal.AssessmentStart.Started;
import io.steward.confirmation.RequestOrigin;
import io.steward.customer.CustomerBook;
import io.steward.customer.CustomerFacts;
import io.steward.customer.CustomerRiskLevel;
import io.steward.customer.GuardianFacts;
import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

/** The customer's assessments tab: history, the one waiting for the customer, and starting a new one. */
@Controller
@RequestMapping("/clients/{number}/assessments")
class AssessmentPages {

    static final int EXPIRY_WINDOW_DAYS = 30;

    private final AssessmentHistory history;
    private final AssessmentStart start;
    private final AssessmentLookup lookup;
    private final CustomerBook book;
    private final MessageSource messages;
    private final Clock clock;

    AssessmentPages(AssessmentHistory history, AssessmentStart start, AssessmentLookup lookup, CustomerBook book,
            MessageSource messages, Clock clock) {
        this.history = history;
        this.start = start;
        this.lookup = lookup;
        this.book = book;
        this.messages = messages;
        this.clock = clock;
    }

    /** The risk line of the customer header (same shape as the customer page's). */
    record Risk(CustomerRiskLevel level, LocalDate effectiveOn, LocalDate validThrough, Status status) {

        enum Status {
            VALID,
            EXPIRING,
            EXPIRED,
            NONE
        }

        static Risk of(EffectiveAssessment assessment, LocalDate today) {
            if (assessment == null) {
                return new Risk(null, null, null, Status.NONE);
            }
            Status status = !assessment.validOn(today) ? Status.EXPIRED
                    : assessment.validThrough().isBefore(today.plusDays(EXPIRY_WINDOW_DAYS)) ? Status.EXPIRING
                    : Status.VALID;
            return new Risk(assessment.level(), assessment.effectiveOn(), assessment.validThrough(), status);
        }
    }

    @GetMapping
    @Access(anyStaff = true, scope = DataScope.OWN_CUSTOMERS)
    String assessments(@PathVariable String number, Model model) {
        return page(number, model, FormErrors.NONE);
    }

    @PostMapping
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String start(@PathVariable String number, @Valid @ModelAttribute("start") StartRequest form, BindingResult binding,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(number, model, FormErrors.of(binding, messages));
        }
        try {
            Started started = start.start(number, form, RequestOrigin.of(request));
            redirect.addFlashAttribute("started", started);
        } catch (DomainRefusal refusal) {
            return page(number, model, FormErrors.of(refusal, messages));
        }
        return "redirect:/clients/" + number + "/assessments";
    }

    @PostMapping("/{id}/withdrawal")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String withdraw(@PathVariable String number, @PathVariable long id, @RequestParam(required = false) String reason,
            Model model, RedirectAttributes redirect) {
        try {
            start.withdraw(number, id, reason);
        } catch (DomainRefusal refusal) {
            return page(number, model, FormErrors.of(refusal, messages));
        }
        redirect.addFlashAttribute("saved", "#" + id);
        return "redirect:/clients/" + number + "/assessments";
    }

    private String page(String number, Model model, FormErrors errors) {
        List<Line> lines = history.of(number);
        CustomerFacts customer = book.facts(number).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("customer", customer);
        model.addAttribute("minor", customer.minorOn(today));
        model.addAttribute("guardians", customer.guardians().stream().filter(GuardianFacts::verified).toList());
        model.addAttribute("risk", Risk.of(lookup.latestOn(customer.id(), today).orElse(null), today));
        model.addAttribute("assessments", lines);
        model.addAttribute("open", lines.stream().anyMatch(line -> line.status().name().equals("STARTED")
                || line.status().name().equals("AWAITING_REVIEW")));
        model.addAttribute("locations", AssessmentLocation.values());
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("errors", errors);
        return "assessment/assessments";
    }
}
