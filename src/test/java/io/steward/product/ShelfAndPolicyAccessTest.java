package io.steward.product;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Api;
import io.steward.support.IntegrationTest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Who may call what on the shelf and the policy, role by role (one demo account per role). Each call is one that
 * the allowed roles get past the door with (an answer other than 403), so the table shows the door, not the data.
 */
class ShelfAndPolicyAccessTest extends IntegrationTest {

    static final Map<String, String> ACCOUNT_OF_ROLE = Map.of("PRACTITIONER", "wang", "ASSISTANT", "assistant",
            "STAFF", "lobby", "RETAIL_HEAD", "head.sh", "RETAIL_DIRECTOR", "director", "MARKETING_MANAGER", "marketing",
            "DEPARTMENT_MANAGER", "manager", "PRODUCT_OFFICER", "product", "COMPLIANCE", "compliance", "ADMIN", "admin");

    static final Set<String> READERS = Set.of("PRACTITIONER", "ASSISTANT", "STAFF", "RETAIL_HEAD", "PRODUCT_OFFICER",
            "DEPARTMENT_MANAGER", "COMPLIANCE");
    static final Set<String> HANDERS = Set.of("PRACTITIONER", "ASSISTANT", "STAFF", "RETAIL_HEAD", "PRODUCT_OFFICER",
            "DEPARTMENT_MANAGER");

    @Test
    void every_role_meets_the_door_it_should() {
        Map<String, Function<Api, Integer>> calls = new LinkedHashMap<>();
        calls.put("GET products", api -> api.get("/api/v1/products").status());
        calls.put("GET materials", api -> api.get("/api/v1/products/EQ-GROWTH/materials").status());
        calls.put("POST product", api -> api.post("/api/v1/products",
                Products.aProduct("FI-90D", LocalDate.now(clock)).body()).status());
        calls.put("POST hand-over", api -> api.post("/api/v1/products/EQ-GROWTH/materials/0/hand-overs",
                Map.of("customerNumber", "C00000009")).status());
        calls.put("GET policy versions", api -> api.get("/api/v1/policy-versions").status());
        calls.put("POST approval", api -> api.post("/api/v1/policy-versions/999999999/approval", Map.of()).status());
        calls.put("GET in force", api -> api.get("/api/v1/policy-versions/in-force").status());

        Map<String, Set<String>> allowed = Map.of("GET products", READERS, "GET materials", READERS,
                "POST product", Set.of("PRODUCT_OFFICER"), "POST hand-over", HANDERS,
                "GET policy versions", Set.of("COMPLIANCE"), "POST approval", Set.of("COMPLIANCE"),
                "GET in force", ACCOUNT_OF_ROLE.keySet());

        for (String role : new TreeSet<>(ACCOUNT_OF_ROLE.keySet())) {
            Api api = as(ACCOUNT_OF_ROLE.get(role));
            calls.forEach((call, send) -> {
                int status = send.apply(api);
                if (allowed.get(call).contains(role)) {
                    assertThat(status).as(role + " " + call).isNotIn(401, 403);
                } else {
                    assertThat(status).as(role + " " + call).isEqualTo(403);
                }
            });
        }
    }

    @Test
    void the_openapi_description_lists_the_shelf_and_the_policy() {
        assertThat(anonymous().get("/v3/api-docs").body()).contains("/api/v1/products/{code}/materials/{id}/hand-overs",
                "/api/v1/products/{code}/risk-level", "/api/v1/policy-versions/in-force", "/api/v1/policy-rules");
    }
}
