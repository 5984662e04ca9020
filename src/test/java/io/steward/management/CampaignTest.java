package io.steward.management;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Api.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Campaign segments evaluated against the department's client book: the manager sees counts, each assigned
 * practitioner their own customers; conversions are sales released to segment customers during the campaign.
 */
class CampaignTest extends ManagementTest {

    @Test
    void the_segment_is_counted_for_the_manager_and_listed_to_each_practitioner_with_their_own_customers_only() {
        clock.fixAt(clock.instant());
        TestDepartment department = newDepartment("SB-SH-XH", 1, 2);
        String first = department.member(0, 0);
        String second = department.member(0, 1);
        Registered nearRetirement = customerOf(first, 60, "C2");
        Registered tooYoung = customerOf(first, 40, "C2");
        Registered tooBold = customerOf(first, 62, "C4");
        Registered neverAssessed = customerOf(first, 66, null);
        Registered secondsCustomer = customerOf(second, 55, "C1");
        long id = campaign(department, Map.of("riskLevels", List.of("C1", "C2", "C3"), "minAge", 50, "maxAge", 70,
                "assessmentStatus", "VALID"), List.of(first, second));

        JsonNode campaign = as(department.manager()).get("/api/v1/management/campaigns/" + id).json();
        assertThat(campaign.get("effect").get("segmentSize").asLong()).isEqualTo(2);
        JsonNode analysis = as(department.manager()).get("/api/v1/management/campaigns/" + id + "/analysis").json();
        assertThat(analysis.get("staff").valueStream().filter(line -> line.get("username").asString().equals(first))
                .map(line -> line.get("customers").asLong())).containsExactly(1L);
        assertThat(analysis.get("byRiskLevel").valueStream().map(cell -> cell.has("customers"))).as("fewer than five: suppressed")
                .containsOnly(false);
        assertThat(campaign.toString() + analysis).as("no customer for the manager")
                .doesNotContain(nearRetirement.number(), secondsCustomer.number());

        JsonNode mine = as(first).get("/api/v1/management/campaigns/" + id + "/customers").json();
        assertThat(mine.valueStream().map(t -> t.get("number").asString())).containsExactly(nearRetirement.number());
        assertThat(mine.valueStream().map(t -> t.get("number").asString()))
                .doesNotContain(tooYoung.number(), tooBold.number(), neverAssessed.number());
        assertThat(as(second).get("/api/v1/management/campaigns/" + id + "/customers").json().valueStream()
                .map(t -> t.get("number").asString())).containsExactly(secondsCustomer.number());
        assertThat(jdbc.sql("select count(*) from audit_event where event_type = 'CUSTOMER_LIST_VIEWED' and subject_id = ?")
                .param(first).query(Long.class).single()).as("the practitioner's reading is audited").isGreaterThanOrEqualTo(1);

        assertThat(as(first).put("/api/v1/management/campaigns/" + id + "/outcomes/" + nearRetirement.number(),
                Map.of("outcome", "INTERESTED")).status()).isEqualTo(204);
        assertThat(as(first).put("/api/v1/management/campaigns/" + id + "/outcomes/" + secondsCustomer.number(),
                Map.of("outcome", "CONTACTED")).status()).as("a colleague's customer").isEqualTo(404);
        assertThat(as(first).put("/api/v1/management/campaigns/" + id + "/outcomes/" + tooYoung.number(),
                Map.of("outcome", "CONTACTED")).status()).as("outside the segment").isEqualTo(404);
        JsonNode effect = as(department.manager()).get("/api/v1/management/campaigns/" + id).json().get("effect");
        assertThat(effect.get("contacts").asLong()).isEqualTo(1);
        assertThat(effect.get("interested").asLong()).isEqualTo(1);
    }

    @Test
    void a_conversion_is_a_sale_released_to_a_segment_customer_during_the_campaign() {
        clock.fixAt(clock.instant());
        TestDepartment department = newDepartment("SB-SH-XH", 1, 2);
        String first = department.member(0, 0);
        String second = department.member(0, 1);
        Registered inSegment = customerOf(first, 58, "C3");
        Registered alsoInSegment = customerOf(second, 61, "C3");
        Registered outside = customerOf(first, 30, "C3");
        long id = campaign(department, Map.of("minAge", 50), List.of(first));
        String product = productOnShelf("R2", 90, 0);

        releasedSale(first, inSegment, product, "120000.00");
        releasedSale(first, inSegment, product, "30000.00");
        releasedSale(second, alsoInSegment, product, "50000.00");
        releasedSale(first, outside, product, "400000.00");

        JsonNode effect = as(department.manager()).get("/api/v1/management/campaigns/" + id).json().get("effect");
        assertThat(effect.get("segmentSize").asLong()).isEqualTo(2);
        assertThat(effect.get("conversions").asLong()).isEqualTo(2);
        assertThat(effect.get("sales").asLong()).isEqualTo(3);
        assertThat(effect.get("volume").decimalValue()).isEqualByComparingTo("200000");
        assertThat(effect.get("conversionRate").decimalValue()).isEqualByComparingTo("100.0");
        JsonNode analysis = as(department.manager()).get("/api/v1/management/campaigns/" + id + "/analysis").json();
        JsonNode secondLine = analysis.get("staff").valueStream()
                .filter(line -> line.get("username").asString().equals(second)).findFirst().orElseThrow();
        assertThat(secondLine.get("assigned").asBoolean()).isFalse();
        assertThat(secondLine.get("volume").decimalValue()).isEqualByComparingTo("50000");
        JsonNode own = as(first).get("/api/v1/management/campaigns/" + id + "/customers").json().get(0);
        assertThat(own.get("volume").decimalValue()).isEqualByComparingTo("150000");

        JsonNode close = as(department.manager()).get("/api/v1/management/daily-closes/" + today()).json();
        JsonNode campaigns = close.get("sections").valueStream().filter(s -> s.get("key").asString().equals("campaigns"))
                .findFirst().orElseThrow();
        assertThat(campaigns.get("figures").valueStream()
                .filter(f -> f.get("labelKey").asString().equals("management.close.campaigns.conversions"))
                .map(f -> f.get("value").asLong())).containsExactly(2L);
    }

    @Test
    void an_aum_band_reads_the_book_at_the_end_of_the_day_the_segment_is_drawn() {
        clock.fixAt(clock.instant());
        TestDepartment department = newDepartment("SB-SH-XH", 1, 1);
        String practitioner = department.member(0, 0);
        Registered holder = customerOf(practitioner, 45, "C3");
        customerOf(practitioner, 45, "C3");
        releasedSale(practitioner, holder, productOnShelf("R2", 90, 0), "200000.00");

        long id = campaign(department, Map.of("minAum", 100000), List.of(practitioner));

        assertThat(as(practitioner).get("/api/v1/management/campaigns/" + id + "/customers").json().valueStream()
                .map(t -> t.get("number").asString())).containsExactly(holder.number());
    }

    @Test
    void only_the_assigned_practitioners_open_a_campaign() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 2);
        long id = campaign(department, Map.of(), List.of(department.member(0, 0)));

        assertThat(as(department.member(0, 1)).get("/api/v1/management/campaigns/" + id + "/customers").status()).isEqualTo(404);
        assertThat(as(department.member(0, 1)).get("/api/v1/management/campaigns/" + id + "/analysis").status()).isEqualTo(403);
        TestDepartment other = newDepartment("SB-SH-XH", 1, 1);
        assertThat(as(other.manager()).get("/api/v1/management/campaigns/" + id + "/analysis").status()).isEqualTo(404);
    }

    @Test
    void a_segment_naming_an_institution_holds_the_customers_of_the_staff_working_in_its_subtree() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 1);
        String practitioner = department.member(0, 0);
        customerOf(practitioner, 50, "C2");

        long branch = campaign(department, Map.of("institutionCode", "BR-SH"), List.of(practitioner));
        long elsewhere = campaign(department, Map.of("institutionCode", "SB-SH-PD"), List.of(practitioner));

        assertThat(as(department.manager()).get("/api/v1/management/campaigns/" + branch).json().get("effect")
                .get("segmentSize").asLong()).isEqualTo(1);
        assertThat(as(department.manager()).get("/api/v1/management/campaigns/" + elsewhere).json().get("effect")
                .get("segmentSize").asLong()).isZero();
        Map<String, Object> unknown = new HashMap<>(Map.of("name", "Nowhere", "objective", "None",
                "startsOn", today().toString(), "endsOn", today().toString(), "staff", List.of(practitioner)));
        unknown.put("segment", Map.of("institutionCode", "NOWHERE"));
        Response refused = as(department.manager()).post("/api/v1/management/campaigns", unknown);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:steward:problem:campaign-unknown-institution");
    }

    private long campaign(TestDepartment department, Map<String, Object> segment, List<String> staff) {
        LocalDate today = today();
        Map<String, Object> body = new HashMap<>();
        body.put("name", unique("Campaign "));
        body.put("objective", "Capital-preservation products");
        body.put("startsOn", today.toString());
        body.put("endsOn", today.plusDays(30).toString());
        body.put("segment", segment);
        body.put("staff", staff);
        Response created = as(department.manager()).post("/api/v1/management/campaigns", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }
}
