package io.steward.management;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.management.TrainingTrigger.Kind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class TrainingProposalTest extends ManagementTest {

    @Autowired
    TrainingPlanner planner;

    @Test
    void activating_a_product_proposes_a_session_in_every_department_once() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 2);
        String product = unique("WM-").toUpperCase();
        LocalDate today = LocalDate.now(clock);

        List<Long> proposed = planner.proposeFor(new TrainingTrigger(Kind.PRODUCT_ACTIVATED, product, "Steady Income 90 days", today));

        assertThat(proposed).hasSizeGreaterThanOrEqualTo(2); // the demo department and this one
        JsonNode sessions = as(department.manager()).get("/api/v1/management/training").json();
        JsonNode session = sessions.valueStream().filter(s -> product.equals(s.path("triggerRef").asString(null)))
                .findFirst().orElseThrow();
        assertThat(session.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(session.get("triggerKind").asString()).isEqualTo("PRODUCT_ACTIVATED");
        assertThat(session.get("topic").asString()).contains("Steady Income 90 days");
        assertThat(session.get("heldOn").asString()).isEqualTo(today.plusDays(14).toString());

        assertThat(planner.proposeFor(new TrainingTrigger(Kind.PRODUCT_ACTIVATED, product, "Steady Income 90 days", today)))
                .as("proposed once").isEmpty();

        long id = session.get("id").asLong();
        assertThat(as(department.manager()).post("/api/v1/management/training/" + id + "/scheduling",
                Map.of("heldOn", today.toString(), "materialRef", "MAT-" + product)).json().get("status").asString())
                .isEqualTo("SCHEDULED");
        JsonNode held = as(department.manager()).put("/api/v1/management/training/" + id + "/attendance", Map.of("attendance", List.of(
                Map.of("username", department.member(0, 0), "attended", true, "completed", true),
                Map.of("username", department.member(0, 1), "attended", false, "completed", false)))).json();
        assertThat(held.get("status").asString()).isEqualTo("HELD");

        JsonNode record = as(department.member(0, 0)).get("/api/v1/management/my/training").json();
        assertThat(record.get(0).get("topic").asString()).contains("Steady Income 90 days");
        assertThat(record.get(0).get("completed").asBoolean()).isTrue();
        assertThat(as(department.manager()).get("/api/v1/management/staff/" + department.member(0, 1) + "/training")
                .json().get(0).get("attended").asBoolean()).isFalse();
    }

    @Test
    void a_product_officer_activating_a_product_on_the_shelf_proposes_the_session() {
        String code = unique("TR-").toUpperCase();
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> product = new java.util.HashMap<>(Map.of("code", code, "name", "Training Trigger Fund",
                "issuer", "Steward Bank", "type", "FIXED_INCOME", "riskLevel", "R2", "termDays", 90,
                "capitalProtected", false, "minimumAmount", "10000.00", "currency", "CNY",
                "saleOpensOn", today.toString()));
        product.put("coolingOffHours", 0);
        product.put("function", "Bonds for 90 days.");
        product.put("benefits", "Coupon income, not guaranteed.");
        product.put("terms", "Locked for 90 days.");
        product.put("riskCharacteristics", "Credit and interest-rate risk.");
        long version = as("product").post("/api/v1/products", product).json().get("version").asLong();

        assertThat(as("product").post("/api/v1/products/" + code + "/status", Map.of("status", "ACTIVE", "version", version))
                .status()).isEqualTo(200);

        assertThat(as("manager").get("/api/v1/management/training").json().valueStream()
                .filter(s -> code.equals(s.path("triggerRef").asString(null)))
                .map(s -> s.get("triggerKind").asString())).containsExactly("PRODUCT_ACTIVATED");
    }

    @Test
    void approving_a_policy_version_proposes_a_session_too() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 1);
        String version = unique("v");

        planner.proposeFor(new TrainingTrigger(Kind.POLICY_VERSION_APPROVED, version, null, LocalDate.now(clock)));

        assertThat(as(department.manager()).get("/api/v1/management/training").json().valueStream()
                .filter(s -> version.equals(s.path("triggerRef").asString(null)))
                .map(s -> s.get("topic").asString())).singleElement().asString().contains(version);
    }
}
