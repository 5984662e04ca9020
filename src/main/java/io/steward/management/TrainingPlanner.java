package io.steward.management;

import java.util.List;

/**
 * Proposes training when the company releases something staff must learn. The product and suitability modules'
 * events ({@code ProductActivated}, {@code PolicyVersionApproved}) are turned into a {@link TrainingTrigger} and
 * handed here.
 */
public interface TrainingPlanner {

    /**
     * Proposes one session per department for the trigger; proposing the same trigger again changes nothing.
     *
     * @return the ids of the sessions proposed now (empty when they already existed)
     */
    List<Long> proposeFor(TrainingTrigger trigger);
}
