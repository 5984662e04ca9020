package io.steward.product;

import static io.steward.product.Products.aProduct;
import static org.assertj.core.api.Assertions.assertThat;


import io.steward.support.Api.Response;
import io.steward.support.IntegrationTest;
import io.steward.support.WebSession;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MaterialApiTest extends IntegrationTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Test
    void a_head_office_product_officer_publishes_a_brochure_that_downloads_byte_for_byte() throws Exception {
        String code = activeProduct();

        Response published = publish("product", code, "Brochure", "v1", "brochure.pdf", PDF);

        assertThat(published.status()).isEqualTo(201);
        JsonNode material = published.json();
        assertThat(material.get("publisher").asString()).isEqualTo("product");
        assertThat(material.get("publisherInstitution").asString()).isEqualTo("HO");
        assertThat(material.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(material.get("sha256").asString()).isEqualTo(sha256(PDF));
        assertThat(material.get("current").asBoolean()).isTrue();
        long id = material.get("id").asLong();
        assertThat(as("lobby").download("/api/v1/products/" + code + "/materials/" + id + "/file")).isEqualTo(PDF);
        assertThat(jdbc.sql("select count(*) from audit_event where event_type = 'MATERIAL_PUBLISHED' and subject_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_new_version_supersedes_the_old_which_stays_downloadable_but_is_no_longer_handed_over() {
        String code = activeProduct();
        long v1 = publish("product", code, "Brochure", "v1", "b1.pdf", PDF).json().get("id").asLong();
        byte[] second = "%PDF-1.4\n% second edition\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        long v2 = publish("product", code, "Brochure", "v2", "b2.pdf", second).json().get("id").asLong();

        List<JsonNode> materials = as("wang").get("/api/v1/products/" + code + "/materials").json().valueStream().toList();
        assertThat(materials).extracting(m -> m.get("id").asLong()).containsExactly(v2, v1);
        assertThat(materials.get(1).get("current").asBoolean()).isFalse();
        assertThat(materials.get(1).get("supersededBy").asLong()).isEqualTo(v2);
        assertThat(as("wang").download("/api/v1/products/" + code + "/materials/" + v1 + "/file")).isEqualTo(PDF);

        Response old = handOver("wang", code, v1, "C00000001");
        assertThat(old.status()).isEqualTo(409);
        assertThat(old.json().get("type").asString()).isEqualTo("urn:steward:problem:material-superseded");
        assertThat(handOver("wang", code, v2, "C00000001").status()).isEqualTo(201);
        assertThat(publish("product", code, "Brochure", "v2", "again.pdf", PDF).status()).as("version taken").isEqualTo(409);
    }

    @Test
    void a_product_officer_of_a_sub_branch_may_not_publish_but_one_of_a_branch_may() {
        String code = activeProduct();
        String subBranch = productOfficerAt("SB-SH-PD");
        String branch = productOfficerAt("BR-BJ");

        Response refused = publish(subBranch, code, "Local flyer", "v1", "flyer.pdf", PDF);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:steward:problem:material-publisher");
        assertThat(refused.json().get("ruleIds").get(0).asString()).isEqualTo("MAT-1");
        assertThat(as("product").get("/api/v1/products/" + code + "/materials").json().size()).isZero();
        assertThat(publish(branch, code, "Branch flyer", "v1", "flyer.pdf", PDF).status()).isEqualTo(201);
        assertThat(publish("wang", code, "Flyer", "v1", "flyer.pdf", PDF).status()).as("not a product officer").isEqualTo(403);
    }

    @Test
    void a_material_is_a_pdf_png_or_jpeg_by_its_content_and_at_most_10_mb() {
        String code = activeProduct();
        byte[] text = "MZ this is no PDF".getBytes(StandardCharsets.US_ASCII);

        assertThat(type(publish("product", code, "Renamed", "v1", "renamed.pdf", text))).isEqualTo("material-file-type");
        assertThat(type(publish("product", code, "Mislabelled", "v1", "picture.pdf", PNG))).isEqualTo("material-file-name");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThat(type(publish("product", code, "Too big", "v1", "big.pdf", big))).isEqualTo("material-file-too-large");
        assertThat(type(as("product").postMultipart("/api/v1/products/" + code + "/materials",
                Map.of("title", "No file", "version", "v1"), "file", null, null, null))).isEqualTo("material-file-missing");
        Response invalid = publish("product", code, " ", "v 1", "ok.pdf", PDF);
        assertThat(invalid.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("title", "version");

        assertThat(publish("product", code, "Fact sheet", "v1", "fact-sheet.png", PNG).json().get("contentType").asString())
                .isEqualTo("image/png");
        assertThat(as("product").get("/api/v1/products/" + code + "/materials").json().size()).isEqualTo(1);
    }

    @Test
    void a_material_comes_only_from_its_file_part_never_from_fields_named_like_the_stored_file() {
        String code = activeProduct();
        String bytesAsField = java.util.stream.IntStream.range(0, PDF.length).mapToObj(i -> String.valueOf(PDF[i]))
                .collect(java.util.stream.Collectors.joining(","));
        WebSession officer = WebSession.signedIn(port, "product", DEMO_PASSWORD);

        officer.post("/products/" + code + "/materials", Map.of("title", "Typed in", "version", "v1",
                "fileName", "typed.pdf", "content", bytesAsField));

        assertThat(as("product").get("/api/v1/products/" + code + "/materials").json().size()).isZero();
    }

    @Test
    void lobby_staff_without_a_certificate_hand_a_brochure_to_a_customer_and_it_is_recorded() {
        String code = activeProduct();
        long id = publish("product", code, "Brochure", "2026.1", "b.pdf", PDF).json().get("id").asLong();

        Response recorded = handOver("lobby", code, id, "C12345678");

        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.json().get("handedOverBy").asString()).isEqualTo("lobby");
        assertThat(recorded.json().get("materialVersion").asString()).isEqualTo("2026.1");
        String audited = jdbc.sql("""
                select details from audit_event
                where event_type = 'MATERIAL_HANDED_OVER' and subject_type = 'customer' and subject_id = 'C12345678'
                  and actor = 'lobby' order by seq desc limit 1""").query(String.class).single();
        assertThat(audited).contains("\"product\":\"" + code + "\"", "\"version\":\"2026.1\"");

        handOver("liu", code, id, "C87654321");
        assertThat(customers("product", code)).containsExactly("C87654321", "C12345678");
        assertThat(customers("lobby", code)).as("others' hand-overs are not theirs to see").containsExactly("C12345678");
        assertThat(customers("liu", code)).as("an expired certificate still hands out materials").containsExactly("C87654321");
    }

    @Test
    void hand_overs_need_a_valid_customer_number_an_active_product_and_a_selling_role() {
        String code = activeProduct();
        long id = publish("product", code, "Brochure", "v1", "b.pdf", PDF).json().get("id").asLong();

        Response badNumber = handOver("wang", code, id, "12345678");
        assertThat(badNumber.status()).isEqualTo(400);
        assertThat(badNumber.json().get("errors").get(0).get("field").asString()).isEqualTo("customerNumber");
        assertThat(handOver("compliance", code, id, "C00000002").status()).isEqualTo(403);

        long suspendedMaterial = as("wang").get("/api/v1/products/EQ-TECH/materials").json().get(0).get("id").asLong();
        Response suspended = handOver("wang", "EQ-TECH", suspendedMaterial, "C00000002");
        assertThat(suspended.status()).isEqualTo(409);
        assertThat(suspended.json().get("type").asString()).isEqualTo("urn:steward:problem:material-product-not-active");
        assertThat(handOver("wang", code, 999_999_999L, "C00000002").status()).isEqualTo(404);
        assertThat(customers("product", code)).isEmpty();
    }

    private Response publish(String username, String code, String title, String version, String fileName, byte[] content) {
        return as(username).postMultipart("/api/v1/products/" + code + "/materials",
                Map.of("title", title, "version", version), "file", fileName, "application/octet-stream", content);
    }

    private Response handOver(String username, String code, long material, String customer) {
        return as(username).post("/api/v1/products/" + code + "/materials/" + material + "/hand-overs",
                Map.of("customerNumber", customer));
    }

    private List<String> customers(String username, String code) {
        return as(username).get("/api/v1/products/" + code + "/hand-overs").json().valueStream()
                .map(h -> h.get("customerNumber").asString()).toList();
    }

    private String activeProduct() {
        String code = unique("mt").toUpperCase();
        as("product").post("/api/v1/products", aProduct(code, LocalDate.now(clock)).body());
        assertThat(as("product").post("/api/v1/products/" + code + "/status", Map.of("status", "ACTIVE", "version", 0))
                .status()).isEqualTo(200);
        return code;
    }

    private String productOfficerAt(String institution) {
        String username = unique("po");
        assertThat(as("admin").post("/api/v1/staff", Map.of("username", username, "fullName", "Officer " + institution,
                "institutionCode", institution, "roles", List.of("PRODUCT_OFFICER"), "password", DEMO_PASSWORD))
                .status()).isEqualTo(201);
        return username;
    }

    private static String sha256(byte[] content) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static String type(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        return response.json().get("type").asString().replace("urn:steward:problem:", "");
    }
}
