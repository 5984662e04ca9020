package io.steward.suitability;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.IntegrationTest;
import io.steward.support.WebSession;
import io.steward.support.WebSession.Page;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PolicyPagesTest extends IntegrationTest {

    @Test
    void one_officer_proposes_from_the_version_in_force_and_the_other_approves_on_the_page() {
        WebSession proposer = WebSession.signedIn(port, "compliance", DEMO_PASSWORD);
        Page form = proposer.get("/compliance/policy/proposal");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("value=\"" + LocalDate.now(clock).plusDays(1) + "\"", "id=\"purpose-PENSION\"");

        LocalDate day = Proposals.freshDays(LocalDate.now(clock), 1);
        Page proposed = proposer.post("/compliance/policy", form(day, "66"));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(302);
        Page list = proposer.get("/compliance/policy");
        long id = versionOn(list.body(), day);
        assertThat(list.body()).contains("Awaiting a second compliance officer").contains("in force")
                .doesNotContain("id=\"approve-" + id + "\"");

        Page own = proposer.post("/compliance/policy/" + id + "/approval", Map.of());
        assertThat(own.body()).contains("a second compliance officer must approve it");

        WebSession second = WebSession.signedIn(port, "compliance2", DEMO_PASSWORD);
        assertThat(second.get("/compliance/policy").body()).contains("id=\"approve-" + id + "\"");
        assertThat(second.post("/compliance/policy/" + id + "/approval", Map.of()).status()).isEqualTo(302);
        assertThat(as("wang").get("/api/v1/policy-versions/in-force?on=" + day).json().get("id").asLong()).isEqualTo(id);
    }

    @Test
    void a_refused_proposal_comes_back_with_what_was_typed_and_the_field_messages() {
        WebSession officer = WebSession.signedIn(port, "compliance", DEMO_PASSWORD);
        Map<String, String> form = form(Proposals.freshDays(LocalDate.now(clock), 1), "65");
        form.put("elderlyWitnessFrom", "R5");
        form.put("minorAge", "abc");

        Page refused = officer.post("/compliance/policy", form);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Enter a whole number.", "value=\"abc\"", "Stricter recording rules");
    }

    @Test
    void the_catalog_and_the_versions_are_for_compliance_and_read_in_chinese() {
        WebSession officer = WebSession.signedIn(port, "compliance", DEMO_PASSWORD);
        Page rules = officer.get("/compliance/policy/rules?lang=zh-CN");
        assertThat(rules.body()).contains("政策规则目录", "ELDER-1", "年满65周岁", "R4 or above to elderly investors");
        assertThat(officer.get("/compliance/policy").body()).contains("现行有效", "政策版本");

        WebSession practitioner = WebSession.signedIn(port, "wang", DEMO_PASSWORD);
        assertThat(practitioner.get("/compliance/policy").status()).isEqualTo(403);
        assertThat(practitioner.get("/compliance/policy/rules").status()).isEqualTo(403);
    }

    private static long versionOn(String page, LocalDate day) {
        // within one row: versions further out (other tests approve some) are listed above this one
        Matcher row = Pattern.compile("data-version=\"(\\d+)\"[^<]*>\\s*<td>\\s*<strong>\\d+</strong>"
                + "(?:(?!data-version)[\\s\\S])*?<td>" + day + "</td>").matcher(page);
        assertThat(row.find()).as("a version effective on " + day).isTrue();
        return Long.parseLong(row.group(1));
    }

    private static Map<String, String> form(LocalDate day, String elderlyAge) {
        Map<String, String> form = new HashMap<>();
        form.put("effectiveFrom", day.toString());
        form.put("elderlyAge", elderlyAge);
        form.put("minorAge", "18");
        form.put("highestLevelForElderly", "R3");
        form.put("elderlyWitnessFrom", "R3");
        form.put("earmarkedHighRiskFrom", "R4");
        form.put("_earmarkedPurposes", "on");
        form.put("earmarkedPurposes", "PENSION");
        form.put("assessmentValidityDays", "365");
        form.put("repeatAssessmentWindowDays", "30");
        form.put("afterDeniedSaleWindowDays", "7");
        form.put("_recordingRequiredFor", "on");
        form.put("recordingRequiredFor", "ELDERLY_CUSTOMER");
        form.put("rationale", "Stricter recording rules");
        return form;
    }
}
