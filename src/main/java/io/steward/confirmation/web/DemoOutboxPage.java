package io.steward.confirmation.web;

import io.steward.confirmation.CustomerNotifier;
import io.steward.confirmation.internal.DemoOutbox;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Demo mode only: the customers' phones. Shows what the channel "sent" — links and one-time codes — so a demo can
 * play the customer. Like the channel it refuses a browser where staff are signed in: staff never see a code.
 */
@Controller
@ConditionalOnProperty(name = "steward.demo.enabled", havingValue = "true")
class DemoOutboxPage {

    private final CustomerNotifier notifier;
    private final java.time.Clock clock;

    DemoOutboxPage(CustomerNotifier notifier, java.time.Clock clock) {
        this.notifier = notifier;
        this.clock = clock;
    }

    @GetMapping("/demo/outbox")
    @Access(scope = DataScope.PUBLIC)
    String outbox(@RequestParam(required = false) String phone, Model model, HttpServletResponse response) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.isAuthenticated()) {
            response.setStatus(403);
            model.addAttribute("staff", authentication.getName());
            return "confirmation/staff-refused";
        }
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("phone", phone);
        model.addAttribute("messages", notifier instanceof DemoOutbox outbox ? (phone == null || phone.isBlank() ? outbox.latest(50, null) : outbox.latest(10, phone.trim())) : java.util.List.of());
        return "confirmation/outbox";
    }
}
