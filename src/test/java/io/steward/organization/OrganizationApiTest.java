package io.steward.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Api.Response;
import io.steward.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OrganizationApiTest extends IntegrationTest {

    @Test
    void an_admin_builds_a_branch_with_a_sub_branch_and_sees_it_in_the_tree() {
        String branch = unique("br").toUpperCase();
        String sub = unique("sb").toUpperCase();

        Response created = as("admin").post("/api/v1/institutions",
                Map.of("code", branch, "name", "Hangzhou Branch", "type", "BRANCH", "parentCode", "HO"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/institutions/" + branch);
        assertThat(as("admin").post("/api/v1/institutions",
                Map.of("code", sub, "name", "West Lake Sub-branch", "type", "SUB_BRANCH", "parentCode", branch)).status())
                .isEqualTo(201);

        JsonNode one = as("admin").get("/api/v1/institutions/" + sub).json();
        assertThat(one.get("parentCode").asString()).isEqualTo(branch);
        assertThat(one.get("type").asString()).isEqualTo("SUB_BRANCH");
        List<String> codes = as("admin").get("/api/v1/institutions").json().valueStream()
                .map(node -> node.get("code").asString()).toList();
        assertThat(codes).contains("HO", branch, sub);
        assertThat(codes.indexOf(branch)).isLessThan(codes.indexOf(sub));
    }

    @Test
    void an_institution_under_an_unknown_parent_is_refused_and_nothing_is_written() {
        String code = unique("x").toUpperCase();
        Response refused = as("admin").post("/api/v1/institutions",
                Map.of("code", code, "name", "Nowhere", "type", "BRANCH", "parentCode", "NO-SUCH"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:steward:problem:unknown-parent");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(as("admin").get("/api/v1/institutions/" + code).status()).isEqualTo(404);
        assertThat(auditEventsAbout("institution", code)).isZero();
    }

    @Test
    void an_outlet_cannot_hang_directly_under_the_head_office_and_there_is_only_one_head_office() {
        Response outlet = as("admin").post("/api/v1/institutions",
                Map.of("code", unique("o").toUpperCase(), "name", "Outlet", "type", "OUTLET", "parentCode", "HO"));
        assertThat(outlet.status()).isEqualTo(400);
        assertThat(outlet.json().get("type").asString()).isEqualTo("urn:steward:problem:parent-type");

        Response second = as("admin").post("/api/v1/institutions",
                Map.of("code", unique("h").toUpperCase(), "name", "Another head office", "type", "HEAD_OFFICE"));
        assertThat(second.status()).isEqualTo(409);
    }

    @Test
    void validation_errors_name_each_field() {
        Response refused = as("admin").post("/api/v1/institutions", Map.of("code", "lower case", "name", ""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:steward:problem:validation");
        assertThat(refused.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("code", "name", "type");
    }

    @Test
    void malformed_json_and_unknown_enum_values_are_a_clear_400() {
        Response malformed = as("admin").postRaw("/api/v1/institutions", "{\"code\": \"X\", ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("type").asString()).isEqualTo("urn:steward:problem:malformed-body");
        assertThat(malformed.body()).doesNotContain("Exception").doesNotContain("at io.steward");

        Response unknownType = as("admin").post("/api/v1/institutions",
                Map.of("code", "ZZ9", "name", "Z", "type", "CASTLE", "parentCode", "HO"));
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.json().get("errors").get(0).get("field").asString()).isEqualTo("type");
    }

    @Test
    void an_admin_creates_a_practitioner_and_gives_them_a_certificate() {
        String username = unique("prac");
        Response created = as("admin").post("/api/v1/staff", Map.of("username", username, "fullName", "Qian Duo",
                "institutionCode", "SB-SH-PD", "roles", List.of("PRACTITIONER"), "password", "a-long-password"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("roles").get(0).asString()).isEqualTo("PRACTITIONER");
        assertThat(created.body()).doesNotContain("password");

        LocalDate today = LocalDate.now(clock);
        String number = unique("CERT").toUpperCase();
        Response certificate = as("admin").post("/api/v1/staff/" + username + "/certificates",
                Map.of("number", number, "issuedOn", today.minusDays(10).toString(), "expiresOn", today.plusYears(1).toString()));
        assertThat(certificate.status()).isEqualTo(201);

        JsonNode validity = as("admin").get("/api/v1/staff/" + username + "/certificates/validity").json();
        assertThat(validity.get("valid").asBoolean()).isTrue();
        assertThat(validity.get("certificate").get("number").asString()).isEqualTo(number);
        JsonNode beforeIssue = as("admin").get("/api/v1/staff/" + username + "/certificates/validity?on="
                + today.minusDays(11)).json();
        assertThat(beforeIssue.get("valid").asBoolean()).isFalse();

        // the new practitioner can sign in and read their own certificates, not someone else's
        assertThat(io.steward.support.Api.as(port, username, "a-long-password").get("/api/v1/staff/" + username + "/certificates").status()).isEqualTo(200);
        assertThat(io.steward.support.Api.as(port, username, "a-long-password").get("/api/v1/staff/wang/certificates").status()).isEqualTo(403);
        assertThat(auditEventsAbout("staff", username)).isEqualTo(2);
    }

    @Test
    void a_certificate_is_valid_from_issue_through_expiry_and_not_from_the_day_it_is_revoked() {
        String username = newStaff("PRACTITIONER");
        String number = unique("C").toUpperCase();
        LocalDate issued = LocalDate.now(clock).minusYears(1);
        LocalDate expires = LocalDate.now(clock).plusYears(1);
        as("admin").post("/api/v1/staff/" + username + "/certificates",
                Map.of("number", number, "issuedOn", issued.toString(), "expiresOn", expires.toString()));

        assertThat(validOn(username, issued.minusDays(1))).isFalse();
        assertThat(validOn(username, issued)).isTrue();
        assertThat(validOn(username, expires)).isTrue();
        assertThat(validOn(username, expires.plusDays(1))).isFalse();

        LocalDate revokedOn = LocalDate.now(clock).minusDays(3);
        Response revoked = as("admin").post("/api/v1/staff/" + username + "/certificates/" + number + "/revocation",
                Map.of("revokedOn", revokedOn.toString(), "reason", "left the bank"));
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("revokedReason").asString()).isEqualTo("left the bank");
        assertThat(validOn(username, revokedOn.minusDays(1))).isTrue();
        assertThat(validOn(username, revokedOn)).isFalse();

        Response again = as("admin").post("/api/v1/staff/" + username + "/certificates/" + number + "/revocation",
                Map.of("revokedOn", revokedOn.toString(), "reason", "twice"));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void a_certificate_that_expires_before_it_is_issued_is_refused_and_not_stored() {
        String username = newStaff("PRACTITIONER");
        String number = unique("C").toUpperCase();
        Response refused = as("admin").post("/api/v1/staff/" + username + "/certificates",
                Map.of("number", number, "issuedOn", "2026-06-01", "expiresOn", "2026-05-31"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .isEqualTo("A certificate cannot expire before it is issued.");
        assertThat(as("admin").get("/api/v1/staff/" + username + "/certificates").json().size()).isZero();
    }

    @Test
    void a_malformed_date_is_a_400_naming_the_field() {
        String username = newStaff("PRACTITIONER");
        Response refused = as("admin").post("/api/v1/staff/" + username + "/certificates",
                Map.of("number", "N-1", "issuedOn", "2026-13-45", "expiresOn", "2027-01-01"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("issuedOn");
    }

    @Test
    void a_duplicate_username_is_a_409_and_the_first_account_is_unchanged() {
        Response duplicate = as("admin").post("/api/v1/staff", Map.of("username", "wang", "fullName", "Impostor",
                "institutionCode", "HO", "roles", List.of("ADMIN"), "password", "a-long-password"));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("type").asString()).isEqualTo("urn:steward:problem:duplicate-username");
        JsonNode wang = as("admin").get("/api/v1/staff/wang").json();
        assertThat(wang.get("fullName").asString()).isEqualTo("Wang Fang");
        assertThat(wang.get("roles").valueStream().map(JsonNode::asString)).containsExactly("PRACTITIONER");
    }

    @Test
    void staff_in_an_unknown_institution_is_refused_and_nothing_is_written() {
        String username = unique("ghost");
        Response refused = as("admin").post("/api/v1/staff", Map.of("username", username, "fullName", "Ghost",
                "institutionCode", "NO-SUCH", "roles", List.of("STAFF"), "password", "a-long-password"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(as("admin").get("/api/v1/staff/" + username).status()).isEqualTo(404);
        assertThat(auditEventsAbout("staff", username)).isZero();
    }

    @Test
    void roles_change_and_assistants_are_assigned_to_practitioners_only() {
        String assistant = newStaff("ASSISTANT");
        String practitioner = newStaff("PRACTITIONER");

        assertThat(as("admin").put("/api/v1/staff/" + assistant + "/practitioners/" + practitioner, "{}").status())
                .isEqualTo(204);
        assertThat(as("admin").get("/api/v1/staff/" + assistant + "/practitioners").json().get(0).asString())
                .isEqualTo(practitioner);
        Response notAPractitioner = as("admin").put("/api/v1/staff/" + assistant + "/practitioners/admin", "{}");
        assertThat(notAPractitioner.status()).isEqualTo(400);

        Response changed = as("admin").put("/api/v1/staff/" + practitioner + "/roles",
                Map.of("roles", List.of("PRACTITIONER", "DEPARTMENT_MANAGER")));
        assertThat(changed.json().get("roles").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("PRACTITIONER", "DEPARTMENT_MANAGER");
        assertThat(as("admin").put("/api/v1/staff/" + practitioner + "/roles", Map.of("roles", List.of())).status())
                .isEqualTo(400);
    }

    @Test
    void teams_are_led_by_a_department_manager() {
        String code = unique("t").toUpperCase();
        Response notAManager = as("admin").post("/api/v1/teams",
                Map.of("code", code, "name", "Team", "institutionCode", "SB-SH-PD", "leader", "wang"));
        assertThat(notAManager.status()).isEqualTo(400);

        Response team = as("admin").post("/api/v1/teams",
                Map.of("code", code, "name", "Team", "institutionCode", "SB-SH-PD", "leader", "manager"));
        assertThat(team.status()).isEqualTo(201);
        JsonNode withMember = as("admin").put("/api/v1/teams/" + code + "/members/li", "{}").json();
        assertThat(withMember.get("members").get(0).asString()).isEqualTo("li");
    }

    @Test
    void only_an_admin_manages_the_organization() {
        assertThat(as("wang").get("/api/v1/staff").status()).isEqualTo(403);
        assertThat(as("compliance").post("/api/v1/institutions",
                Map.of("code", "NOPE1", "name", "x", "type", "BRANCH", "parentCode", "HO")).status()).isEqualTo(403);
        assertThat(anonymous().get("/api/v1/institutions").status()).isEqualTo(401);
    }

    private String newStaff(String role) {
        String username = unique(role.toLowerCase().substring(0, 4));
        Response created = as("admin").post("/api/v1/staff", Map.of("username", username, "fullName", "Test " + role,
                "institutionCode", "SB-SH-PD", "roles", List.of(role), "password", DEMO_PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    private boolean validOn(String username, LocalDate day) {
        return as("admin").get("/api/v1/staff/" + username + "/certificates/validity?on=" + day).json()
                .get("valid").asBoolean();
    }

    private long auditEventsAbout(String subjectType, String subjectId) {
        return jdbc.sql("select count(*) from audit_event where subject_type = ? and subject_id = ?")
                .params(subjectType, subjectId).query(Long.class).single();
    }
}
