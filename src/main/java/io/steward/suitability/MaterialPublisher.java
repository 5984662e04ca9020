package io.steward.suitability;

/**
 * Who published a piece of written product material (MAT-1: "must be provided by the retail banking
 * department of … Head Office or its branch").
 */
public record MaterialPublisher(InstitutionType institution, Department department) {

    public MaterialPublisher {
        Inputs.required(institution, "institution");
        Inputs.required(department, "department");
    }

    /** The level of the publishing institution in the bank's tree. */
    public enum InstitutionType {
        HEAD_OFFICE, BRANCH, SUB_BRANCH, OUTLET
    }

    /** The publishing department; only RETAIL_BANKING publishes official materials. */
    public enum Department {
        RETAIL_BANKING, WEALTH_MANAGEMENT, MARKETING, OTHER
    }
}
