package io.steward.audit.web;

import io.steward.audit.AuditTrail;
import io.steward.audit.AuditTrail.AuditQuery;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The trail for COMPLIANCE: newest events with filters, and a button that verifies the whole chain. */
@Controller
@RequestMapping("/compliance/audit")
class AuditPage {

    private final AuditTrail trail;
    private final Clock clock;

    AuditPage(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @GetMapping
    @Access(roles = "COMPLIANCE", scope = DataScope.BANK)
    String events(@RequestParam(required = false) String type, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
            @RequestParam(required = false) Long before, Model model) {
        model.addAttribute("events", trail.recent(new AuditQuery(blankToNull(type), blankToNull(actor),
                blankToNull(subjectType), blankToNull(subjectId), before, 100)));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("type", type);
        model.addAttribute("actor", actor);
        model.addAttribute("subjectType", subjectType);
        model.addAttribute("subjectId", subjectId);
        return "audit/events";
    }

    @PostMapping("/verification")
    @Access(roles = "COMPLIANCE", scope = DataScope.BANK)
    String verify(Model model) {
        model.addAttribute("verification", trail.verify());
        return "audit/verification :: result";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
