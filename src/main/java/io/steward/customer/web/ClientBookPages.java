package io.steward.customer.web;

import io.steward.access.Actors;
import io.steward.customer.CustomerFacts;
import io.steward.customer.CustomerRegistration;
import io.steward.customer.CustomerRegistration.NewCustomer;
import io.steward.customer.CustomerRiskLevel;
import io.steward.customer.CustomerTasks;
import io.steward.customer.FamilySituation;
import io.steward.customer.Gender;
import io.steward.customer.IdentityDocumentType;
import io.steward.customer.IncomeBand;
import io.steward.customer.InvestmentExperience;
import io.steward.customer.Referrals;
import io.steward.customer.Referrals.Acceptance;
import io.steward.customer.Referrals.Referral;
import io.steward.customer.internal.ClientBook;
import io.steward.customer.internal.ClientBook.Filter;
import io.steward.customer.internal.ReferralService;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client book with its live filters, and registering a customer (directly or from a referral). */
@Controller
@RequestMapping("/clients")
class ClientBookPages {

    private final ClientBook book;
    private final CustomerRegistration registration;
    private final Referrals referrals;
    private final ReferralService referralService;
    private final CustomerTasks tasks;
    private final Actors actors;
    private final MessageSource messages;

    ClientBookPages(ClientBook book, CustomerRegistration registration, Referrals referrals,
            ReferralService referralService, CustomerTasks tasks, Actors actors, MessageSource messages) {
        this.book = book;
        this.registration = registration;
        this.referrals = referrals;
        this.referralService = referralService;
        this.tasks = tasks;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping
    @Access(roles = {"PRACTITIONER", "ASSISTANT"}, scope = DataScope.OWN_CUSTOMERS)
    String book(@RequestParam(required = false) String q, @RequestParam(required = false) CustomerRiskLevel level,
            @RequestParam(defaultValue = "false") boolean expiring, @RequestParam(defaultValue = "false") boolean aged65,
            @RequestParam(defaultValue = "false") boolean minors,
            @RequestParam(defaultValue = "false") boolean noValidAssessment, Model model) {
        Filter filter = new Filter(q, level, expiring, aged65, minors, noValidAssessment);
        model.addAttribute("page", book.list(filter));
        model.addAttribute("filter", filter);
        model.addAttribute("levels", CustomerRiskLevel.values());
        model.addAttribute("myTasks", tasks.openAssignedTo(actors.current().username()));
        model.addAttribute("certified", actors.current().actsAsPractitioner());
        return "customer/book";
    }

    @GetMapping("/new")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String newCustomer(@RequestParam(required = false) Long referral, Model model) {
        if (referral != null) {
            Referral pending = referralService.inbox().stream().filter(r -> r.id() == referral).findFirst()
                    .orElseThrow(() -> DomainRefusal.notFound("unknown-referral", "No such referral", referral));
            model.addAttribute("referral", pending);
            model.addAttribute("prefillName", pending.prospectName());
            model.addAttribute("prefillPhone", referralService.prospectPhone(referral));
        }
        return form(model, FormErrors.NONE);
    }

    @PostMapping
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String create(@Valid @ModelAttribute("form") NewCustomer form, BindingResult binding,
            @RequestParam(required = false) Long referral, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, FormErrors.of(binding, messages));
        }
        try {
            String number;
            if (referral != null) {
                number = referrals.accept(referral, new Acceptance(form, null)).customerNumber();
            } else {
                CustomerFacts created = registration.register(form);
                number = created.number();
            }
            redirect.addFlashAttribute("saved", number);
            return "redirect:/clients/" + number;
        } catch (DomainRefusal refusal) {
            return form(model, FormErrors.of(refusal, messages));
        }
    }

    private String form(Model model, FormErrors errors) {
        model.addAttribute("genders", Gender.values());
        model.addAttribute("identityTypes", IdentityDocumentType.values());
        model.addAttribute("incomeBands", IncomeBand.values());
        model.addAttribute("familySituations", FamilySituation.values());
        model.addAttribute("experiences", InvestmentExperience.values());
        model.addAttribute("errors", errors);
        return "customer/new";
    }
}
