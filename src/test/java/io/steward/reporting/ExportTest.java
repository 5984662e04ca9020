package io.steward.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Api;
import io.steward.support.BankTest;
import io.steward.support.WebSession;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PRIV-1: "no copying or export of customer data without an approved export" — requested with a purpose, approved by a
 * second person, produced once, watermarked, downloaded within a short window, every step audited.
 */
class ExportTest extends BankTest {

    private static final Map<String, String> AUDIT_REQUEST = Map.of("purpose", "INTERNAL_AUDIT",
            "reason", "Audit sample 2026-Q4 of the branch's customers, for the internal audit team");

    @Test
    void the_requester_cannot_approve_their_own_export_a_second_compliance_officer_can() {
        String officer = staff("COMPLIANCE", "HO");
        String colleague = staff("COMPLIANCE", "HO");
        long id = requested(officer);

        Api.Response own = as(officer).post("/api/v1/exports/" + id + "/decision", Map.of("approve", true));
        assertThat(own.status()).as(own.body()).isEqualTo(403);
        assertThat(own.body()).contains("urn:steward:problem:export-own-request");
        WebSession.Page ownPage = WebSession.signedIn(port, officer, DEMO_PASSWORD)
                .post("/exports/" + id + "/decision", Map.of("approve", "true"));
        assertThat(ownPage.body()).contains("you cannot approve or reject your own request");
        assertThat(as(officer).get("/api/v1/exports/" + id).json().get("status").asString()).isEqualTo("REQUESTED");

        Api.Response approved = as(colleague).post("/api/v1/exports/" + id + "/decision", Map.of("approve", true));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("decidedBy").asString()).isEqualTo(colleague);
        Api.Response again = as(colleague).post("/api/v1/exports/" + id + "/decision", Map.of("approve", false));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void the_file_carries_the_watermark_on_every_row_and_a_second_download_fails() {
        String branch = institution("BRANCH", "HO");
        String practitioner = practitioner(branch);
        List<Registered> customers = customers(practitioner, 6, 40);
        String director = staff("RETAIL_DIRECTOR", branch);
        String officer = staff("COMPLIANCE", "HO");

        long id = requested(director);
        assertThat(as(director).get("/api/v1/exports/" + id + "/file").status()).as("not approved yet").isEqualTo(409);
        assertThat(as(officer).post("/api/v1/exports/" + id + "/decision", Map.of("approve", true, "note", "ok"))
                .status()).isEqualTo(200);
        assertThat(as(officer).get("/api/v1/exports/" + id + "/file").status()).as("only the requester").isEqualTo(403);

        clock.fixAt(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        Api.Response file = as(director).get("/api/v1/exports/" + id + "/file");
        assertThat(file.status()).as(file.body()).isEqualTo(200);
        String watermark = "Steward export E" + id + " requested by " + director + " approved by " + officer
                + " produced " + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(clock.instant().atZone(clock.getZone()));
        assertThat(file.body()).startsWith("# CONFIDENTIAL customer data. " + watermark);
        List<String> rows = file.body().lines().filter(line -> line.startsWith("C")).toList();
        assertThat(rows).hasSize(6).allSatisfy(row -> assertThat(row).endsWith("," + watermark));
        customers.forEach(customer -> assertThat(file.body()).contains(customer.number())
                .doesNotContain(customer.identityNumber()).doesNotContain(customer.phone()));

        Api.Response second = as(director).get("/api/v1/exports/" + id + "/file");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains("urn:steward:problem:export-downloaded").doesNotContain(customers.get(0).number());
        WebSession.Page secondPage = WebSession.signedIn(port, director, DEMO_PASSWORD).get("/exports/" + id + "/file");
        assertThat(secondPage.status()).isEqualTo(409);
        assertThat(secondPage.body()).doesNotContain(customers.get(0).number());

        assertThat(events(id)).containsExactly("EXPORT_REQUESTED", "EXPORT_DOWNLOAD_REFUSED", "EXPORT_APPROVED",
                "EXPORT_DOWNLOAD_REFUSED", "EXPORT_DOWNLOADED", "EXPORT_DOWNLOAD_REFUSED", "EXPORT_DOWNLOAD_REFUSED");
        assertThat(as(director).get("/api/v1/exports/" + id).json().get("rowsExported").asInt()).isEqualTo(6);
    }

    @Test
    void an_approved_export_not_downloaded_within_the_window_is_gone_and_a_rejected_one_never_comes() {
        String branch = institution("BRANCH", "HO");
        String director = staff("RETAIL_DIRECTOR", branch);
        long late = requested(director);
        long rejected = requested(director);
        assertThat(as("compliance").post("/api/v1/exports/" + late + "/decision", Map.of("approve", true)).status())
                .isEqualTo(200);
        assertThat(as("compliance").post("/api/v1/exports/" + rejected + "/decision", Map.of("approve", false,
                "note", "Audit takes its sample from the core system")).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(16));

        assertThat(as(director).get("/api/v1/exports/" + late + "/file").body()).contains("export-expired");
        assertThat(as(director).get("/api/v1/exports/" + rejected + "/file").body()).contains("export-rejected");
        WebSession.Page page = WebSession.signedIn(port, director, DEMO_PASSWORD).get("/exports");
        assertThat(page.body()).contains("Download window closed", "Rejected").doesNotContain("Download once");
    }

    @Test
    void an_assistant_cannot_request_an_export_nor_can_a_practitioner_and_others_see_no_one_elses() {
        for (String other : List.of("assistant", "wang", "marketing", "manager", "head.sh", "admin")) {
            assertThat(as(other).post("/api/v1/exports", AUDIT_REQUEST).status()).as(other).isEqualTo(403);
        }
        WebSession.Page page = WebSession.signedIn(port, "assistant", DEMO_PASSWORD).post("/exports", AUDIT_REQUEST);
        assertThat(page.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from audit_event where event_type = 'EXPORT_REQUESTED' and actor = 'assistant'")
                .query(Long.class).single()).isZero();

        String director = staff("RETAIL_DIRECTOR", institution("BRANCH", "HO"));
        long id = requested("director");
        assertThat(as(director).get("/api/v1/exports/" + id).status()).as("another director's export").isEqualTo(404);
        assertThat(as(director).get("/api/v1/exports").json().size()).isZero();
        Api.Response outside = as(director).post("/api/v1/exports", Map.of("institution", "BR-SH", "purpose",
                "INTERNAL_AUDIT", "reason", "Not my branch but I would like its customers"));
        assertThat(outside.status()).isEqualTo(404);
        Api.Response noReason = as(director).post("/api/v1/exports", Map.of("purpose", "INTERNAL_AUDIT", "reason", "x"));
        assertThat(noReason.status()).isEqualTo(400);
    }

    private long requested(String requester) {
        Api.Response created = as(requester).post("/api/v1/exports", AUDIT_REQUEST);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("REQUESTED");
        return created.json().get("id").asLong();
    }

    private List<String> events(long id) {
        return jdbc.sql("select event_type from audit_event where subject_type = 'customer-export' and subject_id = ? "
                + "order by seq").param(String.valueOf(id)).query(String.class).list();
    }
}
