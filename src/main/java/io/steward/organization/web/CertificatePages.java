package io.steward.organization.web;

import io.steward.organization.StaffDirectory;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every qualification certificate, soonest expiry first; those ending within 30 days are highlighted. */
@Controller
class CertificatePages {

    private final StaffDirectory directory;
    private final Clock clock;

    CertificatePages(StaffDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/admin/certificates")
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    String all(@RequestParam(defaultValue = "false") boolean expiring, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("certificates", directory.certificates().stream()
                .map(c -> StaffPages.CertificateView.of(c, today))
                .filter(view -> !expiring || view.expiringSoon())
                .toList());
        model.addAttribute("expiring", expiring);
        model.addAttribute("warningDays", StaffPages.EXPIRY_WARNING_DAYS);
        return "organization/certificates";
    }
}
