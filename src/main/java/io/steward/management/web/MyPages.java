package io.steward.management.web;

import io.steward.management.internal.Appraisals;
import io.steward.management.internal.Meetings;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What a staff member does from their own dashboard: confirm or dispute an appraisal, close a follow-up. */
@Controller
class MyPages {

    private final Scope scope;
    private final Appraisals appraisals;
    private final Meetings meetings;

    MyPages(Scope scope, Appraisals appraisals, Meetings meetings) {
        this.scope = scope;
        this.appraisals = appraisals;
        this.meetings = meetings;
    }

    @PostMapping("/my/appraisals/{id}/confirmation")
    @Access(anyStaff = true, scope = DataScope.OWN_RECORDS)
    String confirm(@PathVariable long id, RedirectAttributes redirect) {
        appraisals.confirm(scope.actor(), id);
        redirect.addFlashAttribute("saved", "#" + id);
        return "redirect:/my";
    }

    @PostMapping("/my/appraisals/{id}/dispute")
    @Access(anyStaff = true, scope = DataScope.OWN_RECORDS)
    String dispute(@PathVariable long id, @RequestParam String reason, RedirectAttributes redirect) {
        if (reason.isBlank()) {
            throw io.steward.platform.DomainRefusal.invalid("appraisal-dispute-reason", "A dispute gives its reason");
        }
        appraisals.dispute(scope.actor(), id, reason);
        redirect.addFlashAttribute("saved", "#" + id);
        return "redirect:/my";
    }

    @PostMapping("/my/follow-ups/{id}/completion")
    @Access(anyStaff = true, scope = DataScope.OWN_RECORDS)
    String complete(@PathVariable long id, RedirectAttributes redirect) {
        meetings.completeFollowUp(scope.actor().username(), id);
        redirect.addFlashAttribute("saved", "#" + id);
        return "redirect:/my";
    }
}
