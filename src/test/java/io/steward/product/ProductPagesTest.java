package io.steward.product;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.IntegrationTest;
import io.steward.support.WebSession;
import io.steward.support.WebSession.Page;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductPagesTest extends IntegrationTest {

    @Test
    void lobby_staff_read_the_shelf_filtered_by_risk_and_never_see_drafts() {
        WebSession lobby = WebSession.signedIn(port, "lobby", DEMO_PASSWORD);

        Page shelf = lobby.get("/products?risk=R1");

        assertThat(shelf.status()).isEqualTo(200);
        assertThat(shelf.body()).contains("CASH-DAILY", "SN-PROTECT-180").doesNotContain("FI-90D", "EQ-GROWTH");
        assertThat(lobby.get("/products").body()).contains("EQ-TECH").doesNotContain("FI-2Y-PLUS");
        assertThat(lobby.get("/products/FI-2Y-PLUS").status()).isEqualTo(404);
        assertThat(lobby.get("/products/new").status()).isEqualTo(403);
        assertThat(WebSession.signedIn(port, "admin", DEMO_PASSWORD).get("/products").status()).isEqualTo(403);
    }

    @Test
    void the_product_page_shows_the_disclosure_the_brochure_and_a_hand_over_form_and_records_a_hand_over() {
        WebSession lobby = WebSession.signedIn(port, "lobby", DEMO_PASSWORD);
        Page page = lobby.get("/products/EQ-GROWTH");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Growth Equity Fund 成长股票基金", "Risk characteristics",
                "share prices can fall sharply", "EQ-GROWTH-brochure.pdf", "24 hours", "customerNumber")
                .doesNotContain("material-form", "status-form");
        String material = page.body().replaceAll("(?s).*data-material=\"(\\d+)\".*", "$1");

        Page refused = lobby.post("/products/EQ-GROWTH/materials/" + material + "/hand-overs", Map.of("customerNumber", "X1"));
        assertThat(refused.status()).as("the page comes back with the refusal").isEqualTo(200);
        assertThat(refused.body()).contains("C followed by 8 digits");

        Page recorded = lobby.post("/products/EQ-GROWTH/materials/" + material + "/hand-overs",
                Map.of("customerNumber", " c20260001 "));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(302);
        assertThat(lobby.get("/products/EQ-GROWTH").body()).contains("C20260001", "My hand-overs to customers");

        Page compliance = WebSession.signedIn(port, "compliance", DEMO_PASSWORD).get("/products/EQ-GROWTH");
        assertThat(compliance.body()).contains("Hand-overs to customers").doesNotContain("name=\"customerNumber\"");
    }

    @Test
    void a_refused_product_form_comes_back_with_the_typed_values_and_field_messages() {
        WebSession officer = WebSession.signedIn(port, "product", DEMO_PASSWORD);
        String code = unique("pg").toUpperCase();
        Map<String, String> form = form(code);
        form.put("currency", "rmb");
        form.put("saleClosesOn", LocalDate.now(clock).minusDays(30).toString());

        Page refused = officer.post("/products", form);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Use a three-letter currency code", "The sale cannot close before it opens",
                "value=\"rmb\"", "Page-form product", "Invests in bonds for the test.");

        Page created = officer.post("/products", form(code));
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.header("Location")).endsWith("/products/" + code);
        Page draft = officer.get("/products/" + code);
        assertThat(draft.body()).contains("Draft", "edit-product", "Not written yet");

        Page activate = officer.post("/products/" + code + "/status", Map.of("status", "ACTIVE", "version", "0"));
        assertThat(activate.status()).isEqualTo(200);
        assertThat(activate.body()).contains("cannot go on sale yet", "TERMS");

        assertThat(officer.get("/products/EQ-GROWTH/edit").body()).as("an active product is not edited")
                .contains("only a draft can be edited").doesNotContain("id=\"product-form\"");
    }

    @Test
    void the_shelf_reads_in_chinese() {
        WebSession practitioner = WebSession.signedIn(port, "wang", DEMO_PASSWORD);

        Page shelf = practitioner.get("/products?lang=zh-CN");

        assertThat(shelf.body()).contains("产品货架", "全部风险等级", "固定收益类", "在售");
    }

    private Map<String, String> form(String code) {
        Map<String, String> form = new HashMap<>();
        form.put("code", code);
        form.put("name", "Page-form product");
        form.put("issuer", "Steward Bank");
        form.put("type", "FIXED_INCOME");
        form.put("riskLevel", "R2");
        form.put("termDays", "90");
        form.put("_capitalProtected", "on"); // the checkbox's marker, as the browser sends it
        form.put("minimumAmount", "1000");
        form.put("currency", "CNY");
        form.put("saleOpensOn", LocalDate.now(clock).toString());
        form.put("saleClosesOn", "");
        form.put("coolingOffHours", "0");
        form.put("function", "Invests in bonds for the test.");
        form.put("benefits", "Coupons.");
        form.put("terms", "");
        form.put("riskCharacteristics", "");
        return form;
    }
}
