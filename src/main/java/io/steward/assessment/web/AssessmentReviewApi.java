package io.steward.assessment.web;

import io.steward.assessment.internal.AssessmentReviewQueue;
import io.steward.assessment.internal.AssessmentReviewQueue.Item;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Risk-tolerance assessments")
@RestController
@RequestMapping("/api/v1/assessment-reviews")
class AssessmentReviewApi {

    private final AssessmentReviewQueue queue;

    AssessmentReviewApi(AssessmentReviewQueue queue) {
        this.queue = queue;
    }

    @Schema(name = "ReviewDecision")
    record Decision(@NotBlank @Size(max = 1000) String reason) {
    }

    @Operation(summary = "ASSESS-3: repeat assessments waiting for COMPLIANCE or a RETAIL_HEAD above the customer's institution")
    @GetMapping
    @Access(roles = {"COMPLIANCE", "RETAIL_HEAD"}, scope = DataScope.INSTITUTION_SUBTREE)
    List<Item> queue() {
        return queue.queue();
    }

    @PostMapping("/{id}/approval")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Access(roles = {"COMPLIANCE", "RETAIL_HEAD"}, scope = DataScope.INSTITUTION_SUBTREE)
    void approve(@PathVariable long id, @Valid @RequestBody Decision decision) {
        queue.approve(id, decision.reason());
    }

    @PostMapping("/{id}/rejection")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Access(roles = {"COMPLIANCE", "RETAIL_HEAD"}, scope = DataScope.INSTITUTION_SUBTREE)
    void reject(@PathVariable long id, @Valid @RequestBody Decision decision) {
        queue.reject(id, decision.reason());
    }
}
