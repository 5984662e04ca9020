package io.steward.customer.web;

import io.steward.customer.internal.AccessPurposes;
import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.platform.web.FormErrors;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** COMPLIANCE: state a purpose before opening a customer record, and see every purpose-bound access. */
@Controller
@RequestMapping("/compliance/customer-access")
class AccessPurposePages {

    private final AccessPurposes purposes;
    private final MessageSource messages;
    private final Clock clock;

    AccessPurposePages(AccessPurposes purposes, MessageSource messages, Clock clock) {
        this.purposes = purposes;
        this.messages = messages;
        this.clock = clock;
    }

    record PurposeForm(@NotBlank @Pattern(regexp = "C[0-9]{8}") String customerNumber,
            @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/_.-]{2,31}") String caseNumber,
            @NotBlank @Size(min = 10, max = 1000) String reason) {
    }

    @GetMapping
    @Access(roles = "COMPLIANCE", scope = DataScope.BANK)
    String list(@RequestParam(required = false) String customer, Model model) {
        return page(AccessPurposeApi.blankToNull(customer), model, FormErrors.NONE);
    }

    @PostMapping
    @Access(roles = "COMPLIANCE", scope = DataScope.PURPOSE_BOUND)
    String state(@Valid @ModelAttribute PurposeForm form, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            return page(null, model, FormErrors.of(binding, messages));
        }
        try {
            purposes.state(form.customerNumber(), form.caseNumber(), form.reason());
        } catch (DomainRefusal refusal) {
            return page(null, model, FormErrors.of(refusal, messages));
        }
        return "redirect:/clients/" + form.customerNumber();
    }

    private String page(String customer, Model model, FormErrors errors) {
        model.addAttribute("purposes", purposes.recent(null, customer));
        model.addAttribute("now", purposes.now());
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("customer", customer);
        model.addAttribute("lifetimeMinutes", purposes.lifetime().toMinutes());
        model.addAttribute("errors", errors);
        return "customer/purposes";
    }
}
