package io.steward.product;

import static io.steward.product.Products.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Api.Response;
import io.steward.support.IntegrationTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ProductApiTest extends IntegrationTest {

    @Test
    void a_product_officer_drafts_a_product_completes_its_disclosure_and_puts_it_on_sale() {
        String code = unique("fi").toUpperCase();
        Response created = as("product").post("/api/v1/products", aProduct(code, today())
                .without("terms").without("riskCharacteristics").body());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/products/" + code);
        assertThat(created.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.json().get("version").asLong()).isZero();

        Response notReady = status(code, "ACTIVE", 0);
        assertThat(notReady.status()).isEqualTo(409);
        assertThat(notReady.json().get("type").asString()).isEqualTo("urn:steward:problem:product-not-ready");
        assertThat(notReady.json().get("detail").asString()).contains("TERMS", "RISK_CHARACTERISTICS");

        Response edited = as("product").put("/api/v1/products/" + code, aProduct(code, today()).changes(0));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("version").asLong()).isEqualTo(1);
        assertThat(edited.json().get("disclosure").get("terms").asString()).isEqualTo("No redemption before maturity.");

        Response activated = status(code, "ACTIVE", 1);
        assertThat(activated.status()).isEqualTo(200);
        assertThat(activated.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(as("wang").get("/api/v1/products/" + code).json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(auditTypes(code)).containsExactly("PRODUCT_CREATED", "PRODUCT_EDITED", "PRODUCT_STATUS_CHANGED");
    }

    @Test
    void a_product_without_a_sale_window_cannot_go_on_sale() {
        String code = unique("nw").toUpperCase();
        as("product").post("/api/v1/products", aProduct(code, today()).without("saleOpensOn").without("saleClosesOn").body());

        Response refused = status(code, "ACTIVE", 0);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("SALE_WINDOW");
        assertThat(as("product").get("/api/v1/products/" + code).json().get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void status_moves_follow_the_lifecycle_and_closed_is_final() {
        String code = activeProduct();
        assertThat(status(code, "ACTIVE", 1).status()).as("already active").isEqualTo(409);
        assertThat(status(code, "DRAFT", 1).status()).as("no way back to draft").isEqualTo(409);

        Response noReason = status(code, "SUSPENDED", 1);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("type").asString()).isEqualTo("urn:steward:problem:status-reason-required");

        assertThat(status(code, "SUSPENDED", 1, "issuer under review").status()).isEqualTo(200);
        assertThat(status(code, "ACTIVE", 2).status()).as("resumed").isEqualTo(200);
        assertThat(status(code, "CLOSED", 3, "matured").status()).isEqualTo(200);

        Response reopened = status(code, "ACTIVE", 4);
        assertThat(reopened.status()).isEqualTo(409);
        assertThat(reopened.json().get("type").asString()).isEqualTo("urn:steward:problem:product-status-transition");
        assertThat(status(code, "SUSPENDED", 4, "again").status()).isEqualTo(409);

        String draft = unique("dr").toUpperCase();
        as("product").post("/api/v1/products", aProduct(draft, today()).body());
        assertThat(status(draft, "SUSPENDED", 0, "never sold").status()).as("a draft is not suspended").isEqualTo(409);
    }

    @Test
    void a_stale_version_is_refused_and_changes_nothing() {
        String code = unique("st").toUpperCase();
        as("product").post("/api/v1/products", aProduct(code, today()).body());
        assertThat(as("product").put("/api/v1/products/" + code, aProduct(code, today()).with("name", "First").changes(0))
                .status()).isEqualTo(200);

        Response stale = as("product").put("/api/v1/products/" + code,
                aProduct(code, today()).with("name", "Second, from an old page").changes(0));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("type").asString()).isEqualTo("urn:steward:problem:product-changed");
        assertThat(as("product").get("/api/v1/products/" + code).json().get("name").asString()).isEqualTo("First");
        assertThat(status(code, "ACTIVE", 0).status()).as("a stale status change too").isEqualTo(409);
    }

    @Test
    void only_a_draft_is_edited() {
        String code = activeProduct();

        Response refused = as("product").put("/api/v1/products/" + code, aProduct(code, today()).with("minimumAmount", "1.00").changes(1));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:steward:problem:product-not-draft");
        assertThat(as("product").get("/api/v1/products/" + code).json().get("minimumAmount").decimalValue())
                .isEqualByComparingTo("10000.00");
    }

    @Test
    void re_rating_an_active_product_needs_a_reason_and_is_audited_with_both_levels() {
        String code = activeProduct();
        Response noReason = as("product").post("/api/v1/products/" + code + "/risk-level",
                Map.of("riskLevel", "R3", "version", 1));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        Response reRated = as("product").post("/api/v1/products/" + code + "/risk-level",
                Map.of("riskLevel", "R3", "reason", "Issuer downgraded to BBB", "version", 1));

        assertThat(reRated.status()).isEqualTo(200);
        assertThat(reRated.json().get("riskLevel").asString()).isEqualTo("R3");
        String details = jdbc.sql("select details from audit_event where event_type = 'PRODUCT_RE_RATED' and subject_id = ?")
                .param(code).query(String.class).single();
        assertThat(details).contains("\"from\":\"R2\"", "\"to\":\"R3\"", "\"reason\":\"Issuer downgraded to BBB\"");
        assertThat(as("product").post("/api/v1/products/" + code + "/risk-level",
                Map.of("riskLevel", "R3", "reason", "again", "version", 2)).status()).as("same level").isEqualTo(400);
    }

    @Test
    void only_product_officers_keep_the_shelf_and_sellers_never_see_drafts() {
        String code = unique("pv").toUpperCase();
        assertThat(as("wang").post("/api/v1/products", aProduct(code, today()).body()).status()).isEqualTo(403);
        assertThat(as("admin").get("/api/v1/products").status()).as("no shelf for admins").isEqualTo(403);
        as("product").post("/api/v1/products", aProduct(code, today()).body());

        assertThat(as("wang").get("/api/v1/products/" + code).status()).isEqualTo(404);
        assertThat(codes(as("lobby").get("/api/v1/products"))).doesNotContain(code).contains("FI-90D");
        assertThat(codes(as("compliance").get("/api/v1/products?status=DRAFT"))).contains(code);
        assertThat(as("wang").post("/api/v1/products/" + code + "/status", Map.of("status", "ACTIVE", "version", 0))
                .status()).isEqualTo(403);
    }

    @Test
    void the_shelf_filters_by_risk_level_type_and_status() {
        List<JsonNode> r4 = as("wang").get("/api/v1/products?risk=R4").json().valueStream().toList();
        assertThat(r4).isNotEmpty().allSatisfy(p -> assertThat(p.get("riskLevel").asString()).isEqualTo("R4"));
        assertThat(codes(as("wang").get("/api/v1/products?risk=R4&type=EQUITY&status=ACTIVE"))).contains("EQ-GROWTH")
                .doesNotContain("SN-FX-LINKED");
        assertThat(codes(as("wang").get("/api/v1/products?status=SUSPENDED"))).contains("EQ-TECH").doesNotContain("EQ-GROWTH");
        assertThat(as("wang").get("/api/v1/products?risk=R9").status()).isEqualTo(400);
    }

    @Test
    void invalid_products_are_refused_field_by_field_and_nothing_is_written() {
        String code = unique("iv").toUpperCase();
        Map<String, Object> body = new HashMap<>(aProduct(code, today()).with("currency", "yuan").with("termDays", -1)
                .with("saleOpensOn", "2026-06-01").with("saleClosesOn", "2026-05-01").without("type").body());

        Response refused = as("product").post("/api/v1/products", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("currency", "termDays", "type", "saleWindowValid");
        assertThat(as("product").get("/api/v1/products/" + code).status()).isEqualTo(404);
        assertThat(as("product").post("/api/v1/products", aProduct("FI-90D", today()).body()).status())
                .as("duplicate code").isEqualTo(409);
    }

    private String activeProduct() {
        String code = unique("ap").toUpperCase();
        assertThat(as("product").post("/api/v1/products", aProduct(code, today()).body()).status()).isEqualTo(201);
        assertThat(status(code, "ACTIVE", 0).status()).isEqualTo(200);
        return code;
    }

    private Response status(String code, String status, long version) {
        return as("product").post("/api/v1/products/" + code + "/status", Map.of("status", status, "version", version));
    }

    private Response status(String code, String status, long version, String reason) {
        return as("product").post("/api/v1/products/" + code + "/status",
                Map.of("status", status, "version", version, "reason", reason));
    }

    private List<String> auditTypes(String code) {
        return jdbc.sql("select event_type from audit_event where subject_type = 'product' and subject_id = ? order by seq")
                .param(code).query(String.class).list();
    }

    private static List<String> codes(Response response) {
        return response.json().valueStream().map(p -> p.get("code").asString()).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
