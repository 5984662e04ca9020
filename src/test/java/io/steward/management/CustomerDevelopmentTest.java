package io.steward.management;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Api.Response;
import io.steward.support.WebSession;
import io.steward.support.WebSession.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Customer development (account manager duties 1–5): prospects by stage, market research, feedback routed. */
class CustomerDevelopmentTest extends ManagementTest {

    @Test
    void a_prospect_moves_stage_by_stage_and_converts_into_a_customer_of_the_practitioners_own_book() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 2);
        String practitioner = department.member(0, 0);
        String colleagues = customerNumberOf(department.member(0, 1));
        long id = as(practitioner).post("/api/v1/management/prospects", Map.of("name", "Mr. Gao", "source", "Branch salon"))
                .json().get("id").asLong();

        Response skipping = as(practitioner).post("/api/v1/management/prospects/" + id + "/stage", Map.of("stage", "CONVERTED",
                "customerNumber", colleagues));
        assertThat(skipping.status()).isEqualTo(409);
        assertThat(skipping.json().get("type").asString()).isEqualTo("urn:steward:problem:prospect-stage");
        stage(practitioner, id, Map.of("stage", "CONTACTED"));
        stage(practitioner, id, Map.of("stage", "QUALIFIED", "note", "Education fund in two years"));
        Response anothersCustomer = as(practitioner).post("/api/v1/management/prospects/" + id + "/stage", Map.of(
                "stage", "CONVERTED", "customerNumber", colleagues));
        assertThat(anothersCustomer.status()).isEqualTo(404);
        assertThat(anothersCustomer.json().get("type").asString()).isEqualTo("urn:steward:problem:development-unknown-customer");
        assertThat(as(practitioner).post("/api/v1/management/prospects/" + id + "/stage", Map.of("stage", "CONVERTED"))
                .status()).as("names the customer").isEqualTo(400);
        String own = customerNumberOf(practitioner);
        JsonNode converted = stage(practitioner, id, Map.of("stage", "CONVERTED", "customerNumber", own));

        assertThat(converted.get("stage").asString()).isEqualTo("CONVERTED");
        assertThat(converted.get("customerNumber").asString()).isEqualTo(own);
        assertThat(as(department.member(0, 1)).post("/api/v1/management/prospects/" + id + "/stage", Map.of("stage", "LOST"))
                .status()).as("someone else's prospect").isEqualTo(404);
        JsonNode pipeline = as(department.manager()).get("/api/v1/management/prospects/pipeline").json();
        assertThat(pipeline.get(practitioner).get("CONVERTED").asLong()).isEqualTo(1);
        assertThat(WebSession.signedIn(port, department.manager(), DEMO_PASSWORD).get("/management/prospects").body())
                .contains("id=\"pipeline\"", practitioner).doesNotContain("Mr. Gao");
    }

    @Test
    void a_referral_to_a_practitioner_is_a_lead_converted_when_accepted_and_lost_when_declined() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 1);
        String practitioner = department.member(0, 0);
        String existing = customerNumberOf(practitioner);
        String accepted = unique("Ms. Tang ");
        String declined = unique("Mr. Fang ");
        long first = refer(accepted, practitioner);
        long second = refer(declined, practitioner);

        JsonNode leads = as(practitioner).get("/api/v1/management/prospects").json();
        JsonNode lead = prospect(leads, accepted);
        assertThat(lead.get("stage").asString()).isEqualTo("NEW");
        assertThat(lead.get("source").asString()).isEqualTo("Referral by lobby");
        assertThat(as(department.manager()).get("/api/v1/management/prospects/pipeline").json().get(practitioner)
                .get("NEW").asLong()).isEqualTo(2);

        assertThat(as(practitioner).post("/api/v1/referrals/" + first + "/acceptance", Map.of("existingCustomerNumber", existing))
                .status()).isEqualTo(200);
        assertThat(as(practitioner).post("/api/v1/referrals/" + second + "/decline", Map.of("reason", "Moved to Beijing"))
                .status()).isEqualTo(200);

        leads = as(practitioner).get("/api/v1/management/prospects").json();
        assertThat(prospect(leads, accepted).get("stage").asString()).isEqualTo("CONVERTED");
        assertThat(prospect(leads, accepted).get("customerNumber").asString()).isEqualTo(existing);
        assertThat(prospect(leads, declined).get("stage").asString()).isEqualTo("LOST");
        assertThat(prospect(leads, declined).get("note").asString()).isEqualTo("Moved to Beijing");
        assertThat(as("wang").get("/api/v1/management/prospects").json().valueStream()
                .map(p -> p.get("name").asString())).as("wang's own pipeline").doesNotContain(accepted, declined);
    }

    private long refer(String prospect, String practitioner) {
        Response referred = as("lobby").post("/api/v1/referrals", Map.of("prospectName", prospect,
                "phone", io.steward.support.Clients.phone(), "practitioner", practitioner));
        assertThat(referred.status()).as(referred.body()).isEqualTo(201);
        return referred.json().get("id").asLong();
    }

    private static JsonNode prospect(JsonNode prospects, String name) {
        return prospects.valueStream().filter(p -> p.get("name").asString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " in " + prospects));
    }

    @Test
    void feedback_of_a_customer_is_routed_to_the_manager_who_alone_resolves_it() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 2);
        String practitioner = department.member(0, 0);
        String customer = customerNumberOf(practitioner);
        String outsider = newStaff("SB-SH-XH", "PRACTITIONER");

        assertThat(as(practitioner).post("/api/v1/management/feedback", Map.of("customerNumber", customer, "kind", "COMPLAINT",
                "text", "Waited 40 minutes", "routedTo", outsider)).status()).as("outside the department").isEqualTo(404);
        assertThat(as(practitioner).post("/api/v1/management/feedback", Map.of("customerNumber",
                customerNumberOf(department.member(0, 1)), "kind", "COMPLAINT", "text", "Not mine", "routedTo",
                department.manager())).status()).as("a colleague's customer").isEqualTo(404);
        Response recorded = as(practitioner).post("/api/v1/management/feedback", Map.of("customerNumber", customer,
                "kind", "COMPLAINT", "text", "Waited 40 minutes at the counter", "routedTo", department.manager()));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        long id = recorded.json().get("id").asLong();

        JsonNode inbox = as(department.manager()).get("/api/v1/management/feedback").json();
        assertThat(inbox.valueStream().map(f -> f.get("id").asLong())).contains(id);
        Response byRecorder = as(practitioner).post("/api/v1/management/feedback/" + id + "/resolution",
                Map.of("resolution", "Solved myself"));
        assertThat(byRecorder.status()).isEqualTo(403);
        WebSession manager = WebSession.signedIn(port, department.manager(), DEMO_PASSWORD);
        assertThat(manager.get("/management/prospects").body()).contains("Waited 40 minutes at the counter",
                "/management/feedback/" + id + "/resolution");
        assertThat(manager.post("/management/feedback/" + id + "/resolution", Map.of("resolution", "Second counter at noon"))
                .status()).isEqualTo(302);
        JsonNode resolved = as(practitioner).get("/api/v1/management/feedback").json().valueStream()
                .filter(f -> f.get("id").asLong() == id).findFirst().orElseThrow();
        assertThat(resolved.get("resolution").asString()).isEqualTo("Second counter at noon");
        assertThat(resolved.get("resolvedOn").asString()).isEqualTo(today().toString());
        Response again = as(department.manager()).post("/api/v1/management/feedback/" + id + "/resolution",
                Map.of("resolution", "Again"));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void market_research_notes_are_written_on_the_page_and_shared_within_the_department() {
        TestDepartment department = newDepartment("SB-SH-XH", 1, 2);
        WebSession writer = WebSession.signedIn(port, department.member(0, 0), DEMO_PASSWORD);
        String topic = unique("Hospital staff ");

        Page empty = writer.post("/management/research-notes", Map.of("topic", topic, "body", " "));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("form-error", "value=\"" + topic + "\"");
        assertThat(writer.post("/management/research-notes", Map.of("topic", topic,
                "body", "Payroll accounts at two hospitals; interest in pension saving")).status()).isEqualTo(302);

        assertThat(as(department.member(0, 1)).get("/api/v1/management/research-notes").json().valueStream()
                .map(n -> n.get("topic").asString())).contains(topic);
        assertThat(WebSession.signedIn(port, department.manager(), DEMO_PASSWORD).get("/management/prospects").body())
                .contains(topic, "interest in pension saving");
        assertThat(as(newDepartment("SB-SH-XH", 1, 1).manager()).get("/api/v1/management/research-notes").json()
                .valueStream().map(n -> n.get("topic").asString())).as("another department").doesNotContain(topic);
    }

    private JsonNode stage(String practitioner, long id, Map<String, String> change) {
        Response moved = as(practitioner).post("/api/v1/management/prospects/" + id + "/stage", change);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        return moved.json();
    }
}
