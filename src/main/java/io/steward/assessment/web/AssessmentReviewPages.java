package io.steward.assessment.web;

import io.steward.assessment.internal.AssessmentReviewQueue;
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

/** ASSESS-3's review queue for COMPLIANCE and RETAIL_HEADs: approve or reject, always with a reason. */
@Controller
@RequestMapping("/reviews/assessments")
class AssessmentReviewPages {

    private final AssessmentReviewQueue queue;
    private final MessageSource messages;

    AssessmentReviewPages(AssessmentReviewQueue queue, MessageSource messages) {
        this.queue = queue;
        this.messages = messages;
    }

    @GetMapping
    @Access(roles = {"COMPLIANCE", "RETAIL_HEAD"}, scope = DataScope.INSTITUTION_SUBTREE)
    String queue(Model model) {
        return page(model, FormErrors.NONE);
    }

    @PostMapping("/{id}")
    @Access(roles = {"COMPLIANCE", "RETAIL_HEAD"}, scope = DataScope.INSTITUTION_SUBTREE)
    String decide(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String reason,
            Model model, RedirectAttributes redirect) {
        try {
            if (reason == null || reason.isBlank()) {
                throw DomainRefusal.invalid("review-reason-required", "A review decision needs a reason");
            }
            if ("approve".equals(decision)) {
                queue.approve(id, reason);
            } else if ("reject".equals(decision)) {
                queue.reject(id, reason);
            } else {
                throw DomainRefusal.invalid("review-decision", "Approve or reject");
            }
        } catch (DomainRefusal refusal) {
            return page(model, FormErrors.of(refusal, messages));
        }
        redirect.addFlashAttribute("saved", "#" + id);
        return "redirect:/reviews/assessments";
    }

    private String page(Model model, FormErrors errors) {
        model.addAttribute("items", queue.queue());
        model.addAttribute("errors", errors);
        return "assessment/reviews";
    }
}
