package io.steward.management.internal;

import io.steward.management.TrainingPlanner;
import io.steward.management.TrainingTrigger;
import io.steward.product.ProductActivated;
import io.steward.suitability.PolicyVersionApproved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Article 8: "organize employees to learn and train, so that employees can be familiar with and master new
 * information": a new product on the shelf or a new policy version proposes a training session.
 */
@Component
class TrainingTriggers {

    private final TrainingPlanner planner;

    TrainingTriggers(TrainingPlanner planner) {
        this.planner = planner;
    }

    @EventListener
    void productActivated(ProductActivated event) {
        planner.proposeFor(new TrainingTrigger(TrainingTrigger.Kind.PRODUCT_ACTIVATED, event.productCode(),
                "New product " + event.productCode(), event.on()));
    }

    @EventListener
    void policyVersionApproved(PolicyVersionApproved event) {
        planner.proposeFor(new TrainingTrigger(TrainingTrigger.Kind.POLICY_VERSION_APPROVED, event.versionId(),
                "Policy version " + event.versionId() + " in force from " + event.effectiveFrom(), event.effectiveFrom()));
    }
}
