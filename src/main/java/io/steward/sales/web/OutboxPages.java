package io.steward.sales.web;

import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.sales.internal.OrderOutbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Orders on their way to core banking: failures first, with their last error and a retry. */
@Controller
class OutboxPages {

    private final OrderOutbox outbox;

    OutboxPages(OrderOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/sales/outbox")
    @Access(roles = {"ADMIN", "COMPLIANCE"}, scope = DataScope.BANK)
    String orders(@RequestParam(required = false) String status, Model model) {
        model.addAttribute("orders", outbox.list(status == null || status.isBlank() ? null : status));
        model.addAttribute("status", status);
        return "sales/outbox";
    }

    @PostMapping("/sales/outbox/{id}/retry")
    @Access(roles = {"ADMIN", "COMPLIANCE"}, scope = DataScope.BANK)
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        outbox.retry(id);
        redirect.addFlashAttribute("saved", "#" + id);
        return "redirect:/sales/outbox";
    }
}
