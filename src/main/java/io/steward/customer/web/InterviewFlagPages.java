package io.steward.customer.web;

import io.steward.customer.internal.InterviewFlags;
import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.platform.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/compliance/interview-flags")
class InterviewFlagPages {

    private final InterviewFlags flags;
    private final MessageSource messages;

    InterviewFlagPages(InterviewFlags flags, MessageSource messages) {
        this.flags = flags;
        this.messages = messages;
    }

    @GetMapping
    @Access(roles = "COMPLIANCE", scope = DataScope.BANK)
    String list(@RequestParam(defaultValue = "true") boolean open, Model model) {
        model.addAttribute("flags", flags.list(open));
        model.addAttribute("open", open);
        model.addAttribute("errors", FormErrors.NONE);
        return "customer/flags";
    }

    @PostMapping("/{id}/resolution")
    @Access(roles = "COMPLIANCE", scope = DataScope.BANK)
    String resolve(@PathVariable long id, @RequestParam String resolution, Model model, RedirectAttributes redirect) {
        try {
            if (resolution.isBlank()) {
                throw DomainRefusal.invalid("flag-resolution-required", "Say how the flag was resolved");
            }
            flags.resolve(id, resolution);
        } catch (DomainRefusal refusal) {
            model.addAttribute("flags", flags.list(true));
            model.addAttribute("open", true);
            model.addAttribute("errors", FormErrors.of(refusal, messages));
            return "customer/flags";
        }
        redirect.addFlashAttribute("saved", "#" + id);
        return "redirect:/compliance/interview-flags";
    }
}
