package io.steward.organization;

/** The roles of DESIGN §1. A staff member may hold several (a practitioner who is also a department manager). */
public enum Role {
    PRACTITIONER,
    ASSISTANT,
    /** Lobby staff without a certificate: hands out official materials and refers customers. */
    STAFF,
    RETAIL_HEAD,
    RETAIL_DIRECTOR,
    MARKETING_MANAGER,
    DEPARTMENT_MANAGER,
    PRODUCT_OFFICER,
    COMPLIANCE,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
