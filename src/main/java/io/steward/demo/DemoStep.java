package io.steward.demo;

/**
 * One step of seeding the demo bank (the organization, then customers, products ...). Steps run once, in order,
 * each in its own transaction; a step recorded as done is never run again.
 */
interface DemoStep {

    /** Stable name, recorded once the step is done. */
    String name();

    /** Steps run in ascending order. */
    int order();

    void seed();
}
