package io.steward.confirmation.web;

import io.steward.confirmation.internal.ProxyFlags;
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
@RequestMapping("/compliance/proxy-confirmations")
class ProxyFlagPages {

    private final ProxyFlags flags;
    private final MessageSource messages;
    private final java.time.Clock clock;

    ProxyFlagPages(ProxyFlags flags, MessageSource messages, java.time.Clock clock) {
        this.flags = flags;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @Access(roles = "COMPLIANCE", scope = DataScope.BANK)
    String list(@RequestParam(defaultValue = "true") boolean open, Model model) {
        return page(open, model, FormErrors.NONE);
    }

    @PostMapping("/{id}/resolution")
    @Access(roles = "COMPLIANCE", scope = DataScope.BANK)
    String resolve(@PathVariable long id, @RequestParam String resolution, Model model, RedirectAttributes redirect) {
        try {
            if (resolution.isBlank()) {
                throw DomainRefusal.invalid("proxy-flag-resolution-required", "Say how the flag was resolved");
            }
            flags.resolve(id, resolution);
        } catch (DomainRefusal refusal) {
            return page(true, model, FormErrors.of(refusal, messages));
        }
        redirect.addFlashAttribute("saved", "#" + id);
        return "redirect:/compliance/proxy-confirmations";
    }

    private String page(boolean open, Model model, FormErrors errors) {
        model.addAttribute("flags", flags.list(open));
        model.addAttribute("open", open);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("errors", errors);
        return "confirmation/proxy-flags";
    }
}
