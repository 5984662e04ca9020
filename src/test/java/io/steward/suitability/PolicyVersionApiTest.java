package io.steward.suitability;

import static io.steward.suitability.Proposals.aProposal;
import static io.steward.suitability.Proposals.freshDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.support.Api.Response;
import io.steward.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import tools.jackson.databind.JsonNode;

class PolicyVersionApiTest extends IntegrationTest {

    @Test
    void the_proposer_cannot_approve_their_own_version_but_a_second_officer_can() {
        LocalDate day = freshDays(today(), 1);
        Response proposed = as("compliance").post("/api/v1/policy-versions", aProposal(day).with("elderlyAge", 60).body());
        assertThat(proposed.status()).isEqualTo(201);
        assertThat(proposed.json().get("state").asString()).isEqualTo("PROPOSED");
        long id = proposed.json().get("id").asLong();
        assertThat(proposed.header("Location")).isEqualTo("/api/v1/policy-versions/" + id);

        Response own = as("compliance").post("/api/v1/policy-versions/" + id + "/approval", Map.of());
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().get("type").asString()).isEqualTo("urn:steward:problem:four-eyes");
        assertThat(own.json().get("detail").asString()).contains("a second compliance officer must approve it");
        assertThat(state(id)).isEqualTo("PROPOSED");

        Response approved = as("compliance2").post("/api/v1/policy-versions/" + id + "/approval", Map.of());
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("decidedBy").asString()).isEqualTo("compliance2");
        assertThat(approved.json().get("parameters").get("elderlyAge").asInt()).isEqualTo(60);
        assertThat(approved.json().get("parameters").get("versionId").asString()).isEqualTo(String.valueOf(id));
        assertThat(jdbc.sql("select event_type || ' by ' || actor from audit_event where subject_type = 'policy-version' "
                + "and subject_id = ? order by seq").param(String.valueOf(id)).query(String.class).list())
                .containsExactly("POLICY_VERSION_PROPOSED by compliance", "POLICY_VERSION_APPROVED by compliance2");
    }

    @Test
    void the_database_holds_the_four_eyes_too() {
        long id = as("compliance").post("/api/v1/policy-versions", aProposal(freshDays(today(), 1)).body())
                .json().get("id").asLong();

        assertThatThrownBy(() -> jdbc.sql("update policy_version set state = 'APPROVED', decided_by = proposed_by, "
                + "decided_at = now() where id = ?").param(id).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(state(id)).isEqualTo("PROPOSED");
    }

    @Test
    void only_compliance_proposes_and_decides_while_everyone_may_read_the_version_in_force() {
        LocalDate day = freshDays(today(), 1);
        assertThat(as("wang").post("/api/v1/policy-versions", aProposal(day).body()).status()).isEqualTo(403);
        assertThat(as("product").get("/api/v1/policy-versions").status()).isEqualTo(403);
        long id = as("compliance").post("/api/v1/policy-versions", aProposal(day).body()).json().get("id").asLong();
        assertThat(as("head.sh").post("/api/v1/policy-versions/" + id + "/approval", Map.of()).status()).isEqualTo(403);
        assertThat(as("admin").post("/api/v1/policy-versions/" + id + "/rejection", Map.of("reason", "no")).status())
                .isEqualTo(403);
        assertThat(state(id)).isEqualTo("PROPOSED");

        assertThat(as("wang").get("/api/v1/policy-versions/in-force").status()).isEqualTo(200);
        assertThat(as("lobby").get("/api/v1/policy-rules").status()).isEqualTo(200);
        assertThat(anonymous().get("/api/v1/policy-versions/in-force").status()).isEqualTo(401);
    }

    @Test
    void the_version_in_force_is_the_approved_one_with_the_latest_effective_date_on_or_before_the_day() {
        LocalDate first = freshDays(today(), 3);
        LocalDate second = first.plusDays(1);
        long a = approved(aProposal(first).with("assessmentValidityDays", 300));
        long b = approved(aProposal(second).with("assessmentValidityDays", 200));
        as("compliance").post("/api/v1/policy-versions", aProposal(second.plusDays(1)).with("assessmentValidityDays", 100).body());

        assertThat(inForce(first)).isEqualTo(a);
        assertThat(inForce(second.minusDays(1))).as("the day before").isEqualTo(a);
        assertThat(inForce(second)).as("on the effective date").isEqualTo(b);
        assertThat(inForce(second.plusDays(1))).as("a proposal is not in force").isEqualTo(b);
        assertThat(as("wang").get("/api/v1/policy-versions/in-force?on=" + second).json().get("parameters")
                .get("assessmentValidityDays").asInt()).isEqualTo(200);

        assertThat(inForce(LocalDate.of(2000, 1, 1))).as("the built-in version").isEqualTo(1);
        Response before = as("wang").get("/api/v1/policy-versions/in-force?on=1999-12-31");
        assertThat(before.status()).isEqualTo(404);
        assertThat(before.json().get("type").asString()).isEqualTo("urn:steward:problem:no-policy-in-force");
    }

    @Test
    void invalid_parameters_are_refused_field_by_field_and_nothing_is_written() {
        long rows = rows();
        long events = policyEvents();

        Response refused = as("compliance").post("/api/v1/policy-versions", aProposal(freshDays(today(), 1))
                .with("elderlyAge", 200).without("minorAge").with("highestLevelForElderly", "R3")
                .with("elderlyWitnessFrom", "R4").with("earmarkedPurposes", List.of("GENERAL", "PENSION"))
                .with("repeatAssessmentWindowDays", -1).with("rationale", " ").body());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("elderlyAge", "minorAge", "witnessWithinElderlyCeiling",
                        "earmarkedPurposesSpecific", "repeatAssessmentWindowDays", "rationale");
        Response unknownLevel = as("compliance").post("/api/v1/policy-versions",
                aProposal(freshDays(today(), 1)).with("earmarkedHighRiskFrom", "R9").body());
        assertThat(unknownLevel.status()).isEqualTo(400);
        Response past = as("compliance").post("/api/v1/policy-versions", aProposal(today().minusDays(1)).body());
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("type").asString()).isEqualTo("urn:steward:problem:policy-effective-in-past");

        assertThat(rows()).isEqualTo(rows);
        assertThat(policyEvents()).isEqualTo(events);
    }

    @Test
    void two_approved_versions_never_take_effect_on_the_same_day() {
        LocalDate day = freshDays(today(), 1);
        long first = approved(aProposal(day));
        long second = as("compliance").post("/api/v1/policy-versions", aProposal(day).with("minorAge", 16).body())
                .json().get("id").asLong();

        Response clash = as("compliance2").post("/api/v1/policy-versions/" + second + "/approval", Map.of());

        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.json().get("type").asString()).isEqualTo("urn:steward:problem:policy-effective-date-taken");
        assertThat(state(second)).isEqualTo("PROPOSED");
        assertThat(inForce(day)).isEqualTo(first);
    }

    @Test
    void a_rejection_comes_from_a_second_officer_with_a_reason_and_the_proposer_withdraws_instead() {
        long id = as("compliance").post("/api/v1/policy-versions", aProposal(freshDays(today(), 1)).body())
                .json().get("id").asLong();
        assertThat(as("compliance2").post("/api/v1/policy-versions/" + id + "/rejection", Map.of("reason", " ")).status())
                .isEqualTo(400);
        assertThat(as("compliance").post("/api/v1/policy-versions/" + id + "/rejection", Map.of("reason", "mine")).json()
                .get("type").asString()).isEqualTo("urn:steward:problem:four-eyes-rejection");

        Response rejected = as("compliance2").post("/api/v1/policy-versions/" + id + "/rejection",
                Map.of("reason", "Witness level unchanged; no need for a new version"));
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().get("state").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("decisionReason").asString()).startsWith("Witness level unchanged");
        assertThat(as("compliance2").post("/api/v1/policy-versions/" + id + "/approval", Map.of()).status()).isEqualTo(409);

        long other = as("compliance").post("/api/v1/policy-versions", aProposal(freshDays(today(), 1)).body())
                .json().get("id").asLong();
        assertThat(as("compliance2").post("/api/v1/policy-versions/" + other + "/withdrawal", Map.of()).status())
                .isEqualTo(403);
        assertThat(as("compliance").post("/api/v1/policy-versions/" + other + "/withdrawal", Map.of()).json()
                .get("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(jdbc.sql("select count(*) from audit_event where event_type in ('POLICY_VERSION_REJECTED', "
                + "'POLICY_VERSION_WITHDRAWN') and subject_id in (?, ?)").params(String.valueOf(id), String.valueOf(other))
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_proposal_whose_effective_day_has_passed_is_not_approved() {
        long id = as("compliance").post("/api/v1/policy-versions", aProposal(today().plusDays(1)).with("minorAge", 17).body())
                .json().get("id").asLong();
        clock.advance(Duration.ofDays(2));

        Response late = as("compliance2").post("/api/v1/policy-versions/" + id + "/approval", Map.of());

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("type").asString()).isEqualTo("urn:steward:problem:policy-effective-date-passed");
        assertThat(state(id)).isEqualTo("PROPOSED");
    }

    @Test
    void the_policy_catalog_lists_every_rule_in_the_language_asked_for() {
        List<JsonNode> english = as("wang").get("/api/v1/policy-rules").json().valueStream().toList();
        List<JsonNode> chinese = as("wang").header("Accept-Language", "zh-CN").get("/api/v1/policy-rules").json()
                .valueStream().toList();

        assertThat(english).hasSize(PolicyCatalog.entries().size());
        assertThat(english).extracting(r -> r.get("id").asString()).contains("QUAL-1", "ELDER-1", "MAT-1", "PRIV-1");
        JsonNode elder = english.stream().filter(r -> r.get("id").asString().equals("ELDER-1")).findFirst().orElseThrow();
        assertThat(elder.get("rule").asString()).contains("never R4 or above");
        assertThat(elder.get("sourcePassage").asString()).contains("R4 or above to elderly investors");
        assertThat(chinese.stream().filter(r -> r.get("id").asString().equals("ELDER-1")).findFirst().orElseThrow()
                .get("rule").asString()).contains("年满65周岁");
    }

    private long approved(Proposals proposal) {
        long id = as("compliance").post("/api/v1/policy-versions", proposal.body()).json().get("id").asLong();
        assertThat(as("compliance2").post("/api/v1/policy-versions/" + id + "/approval", Map.of()).status()).isEqualTo(200);
        return id;
    }

    private long inForce(LocalDate day) {
        Response response = as("wang").get("/api/v1/policy-versions/in-force?on=" + day);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("id").asLong();
    }

    private String state(long id) {
        return as("compliance").get("/api/v1/policy-versions/" + id).json().get("state").asString();
    }

    private long rows() {
        return jdbc.sql("select count(*) from policy_version").query(Long.class).single();
    }

    private long policyEvents() {
        return jdbc.sql("select count(*) from audit_event where subject_type = 'policy-version'").query(Long.class).single();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
