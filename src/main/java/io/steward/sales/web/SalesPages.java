package io.steward.sales.web;

import io.steward.confirmation.RequestOrigin;
import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.platform.web.FormErrors;
import io.steward.product.ProductShelf;
import io.steward.sales.CaseState;
import io.steward.sales.SaleCaseView;
import io.steward.sales.internal.CaseCancellation;
import io.steward.sales.internal.CaseOpening;
import io.steward.sales.internal.CaseQueries;
import io.steward.sales.internal.CaseSubmission;
import io.steward.sales.internal.EvidenceIntake;
import io.steward.sales.internal.SuitabilityChecks;
import io.steward.sales.internal.Witnessing;
import io.steward.suitability.Channel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
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

/** The practitioner's cases, one case with its timeline and actions, and the retail head's witness queue. */
@Controller
@RequestMapping("/sales")
class SalesPages {

    private final CaseOpening opening;
    private final CaseSubmission submission;
    private final Witnessing witnessing;
    private final EvidenceIntake evidence;
    private final CaseCancellation cancellation;
    private final CaseQueries queries;
    private final SuitabilityChecks checks;
    private final ProductShelf shelf;
    private final MessageSource messages;
    private final Clock clock;

    SalesPages(CaseOpening opening, CaseSubmission submission, Witnessing witnessing, EvidenceIntake evidence,
            CaseCancellation cancellation, CaseQueries queries, SuitabilityChecks checks, ProductShelf shelf,
            MessageSource messages, Clock clock) {
        this.opening = opening;
        this.submission = submission;
        this.witnessing = witnessing;
        this.evidence = evidence;
        this.cancellation = cancellation;
        this.queries = queries;
        this.checks = checks;
        this.shelf = shelf;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String mine(@RequestParam(required = false) CaseState state, Model model) {
        model.addAttribute("state", state);
        return listPage(model, FormErrors.NONE);
    }

    @PostMapping
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String open(@Valid @ModelAttribute("form") CaseOpening.OpenCase form, BindingResult binding, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return listPage(model, FormErrors.of(binding, messages));
        }
        try {
            String number = opening.open(form, RequestOrigin.of(request));
            redirect.addFlashAttribute("saved", number);
            return "redirect:/sales/" + number;
        } catch (DomainRefusal refusal) {
            return listPage(model, FormErrors.of(refusal, messages));
        }
    }

    @GetMapping("/{number}")
    @Access(roles = {"PRACTITIONER", "RETAIL_HEAD", "COMPLIANCE"}, scope = DataScope.OWN_CUSTOMERS)
    String one(@PathVariable String number, Model model) {
        return casePage(number, model, FormErrors.NONE);
    }

    @PostMapping("/{number}/witness")
    @Access(roles = "RETAIL_HEAD", scope = DataScope.INSTITUTION_SUBTREE)
    String witness(@PathVariable String number, @Valid @ModelAttribute("signature") Witnessing.Signature signature,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return casePage(number, model, FormErrors.of(binding, messages));
        }
        return act(number, model, redirect, () -> witnessing.witness(number, signature));
    }

    @PostMapping("/{number}/evidence")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String attach(@PathVariable String number, @RequestParam("file") MultipartFile file, Model model,
            RedirectAttributes redirect) {
        return act(number, model, redirect, () -> {
            if (file.isEmpty()) {
                throw DomainRefusal.invalid("empty-recording", "The recording is empty");
            }
            try (InputStream content = file.getInputStream()) {
                evidence.attach(number, file.getOriginalFilename() == null ? "recording" : file.getOriginalFilename(), content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @PostMapping("/{number}/submission")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String submit(@PathVariable String number, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        return act(number, model, redirect, () -> submission.submit(number, RequestOrigin.of(request)).orRefuse());
    }

    @PostMapping("/{number}/cancellation")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String cancel(@PathVariable String number, @Valid @ModelAttribute("reason") CaseCancellation.Reason reason,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return casePage(number, model, FormErrors.of(binding, messages));
        }
        return act(number, model, redirect, () -> cancellation.byPractitioner(number, reason));
    }

    @PostMapping("/{number}/cancellation-link")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String cancellationLink(@PathVariable String number, Model model, HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(number, model, redirect, () -> cancellation.sendLinkToCustomer(number, RequestOrigin.of(request)));
    }

    @GetMapping("/{number}/application-form")
    @Access(roles = {"PRACTITIONER", "RETAIL_HEAD", "COMPLIANCE"}, scope = DataScope.OWN_CUSTOMERS)
    ResponseEntity<InputStreamResource> applicationForm(@PathVariable String number) {
        return SalesApi.file(queries.applicationForm(number), MediaType.APPLICATION_PDF, number + ".pdf");
    }

    @GetMapping("/witness")
    @Access(roles = "RETAIL_HEAD", scope = DataScope.INSTITUTION_SUBTREE)
    String witnessQueue(Model model) {
        model.addAttribute("cases", queries.witnessQueue());
        return "sales/witness";
    }

    @GetMapping("/advice/{customerNumber}")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String advice(@PathVariable String customerNumber, @RequestParam long fundId,
            @RequestParam(required = false) BigDecimal amount, Model model) {
        model.addAttribute("customerNumber", customerNumber);
        model.addAttribute("fundId", fundId);
        model.addAttribute("amount", amount);
        model.addAttribute("advice", checks.suitableProducts(customerNumber, fundId, amount));
        return "sales/advice";
    }

    @PostMapping("/check")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    String check(@Valid @ModelAttribute("form") SuitabilityChecks.Check form, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            model.addAttribute("errors", FormErrors.of(binding, messages));
        } else {
            try {
                model.addAttribute("decision", checks.check(form));
            } catch (DomainRefusal refusal) {
                model.addAttribute("errors", FormErrors.of(refusal, messages));
            }
        }
        return "sales/fragments :: check-result";
    }

    private String act(String number, Model model, RedirectAttributes redirect, Runnable step) {
        try {
            step.run();
        } catch (DomainRefusal refusal) {
            return casePage(number, model, FormErrors.of(refusal, messages));
        }
        redirect.addFlashAttribute("saved", number);
        return "redirect:/sales/" + number;
    }

    private String listPage(Model model, FormErrors errors) {
        model.addAttribute("cases", queries.mine((CaseState) model.getAttribute("state")));
        model.addAttribute("states", CaseState.values());
        model.addAttribute("products", shelf.onSaleOn(LocalDate.now(clock)));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("errors", errors);
        return "sales/cases";
    }

    private String casePage(String number, Model model, FormErrors errors) {
        SaleCaseView view = queries.view(number);
        model.addAttribute("sale", view);
        model.addAttribute("product", shelf.find(view.productCode()).orElse(null));
        model.addAttribute("errors", errors);
        return "sales/case";
    }
}
