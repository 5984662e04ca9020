package io.steward.management;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.customer.Gender;
import io.steward.support.Api;
import io.steward.support.Api.Response;
import io.steward.support.SalesTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Management tests build their own department (a manager, teams and members holding a valid certificate) so they never
 * share state; their customers and sales go through the real client book, assessment and customer channel.
 */
abstract class ManagementTest extends SalesTest {

    /** A department of its own: the manager's username, and per team its code and members. */
    record TestDepartment(String manager, List<TestTeam> teams) {

        TestTeam team(int index) {
            return teams.get(index);
        }

        String member(int team, int index) {
            return teams.get(team).members().get(index);
        }
    }

    record TestTeam(String code, List<String> members) {
    }

    protected TestDepartment newDepartment(String institution, int teams, int membersPerTeam) {
        String manager = newStaff(institution, "DEPARTMENT_MANAGER");
        List<TestTeam> built = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            String code = unique("T").toUpperCase();
            assertThat(as("admin").post("/api/v1/teams", Map.of("code", code, "name", "Team " + code,
                    "institutionCode", institution, "leader", manager)).status()).isEqualTo(201);
            List<String> members = new ArrayList<>();
            for (int m = 0; m < membersPerTeam; m++) {
                String member = newStaff(institution, "PRACTITIONER");
                assertThat(as("admin").put("/api/v1/teams/" + code + "/members/" + member, Map.of()).status()).isEqualTo(200);
                members.add(member);
            }
            built.add(new TestTeam(code, members));
        }
        return new TestDepartment(manager, built);
    }

    /** A staff member; a practitioner holds a valid certificate (QUAL-1), so they may keep customers and sell. */
    protected String newStaff(String institution, String role) {
        String username = unique("m");
        Response created = as("admin").post("/api/v1/staff", Map.of("username", username, "fullName", "Test " + username,
                "institutionCode", institution, "roles", List.of(role), "password", DEMO_PASSWORD));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        if (role.equals("PRACTITIONER")) {
            Response certificate = as("admin").post("/api/v1/staff/" + username + "/certificates", Map.of(
                    "number", unique("CMB-").toUpperCase(), "issuedOn", today().minusYears(1).toString(),
                    "expiresOn", today().plusYears(2).toString()));
            assertThat(certificate.status()).as(certificate.toString()).isEqualTo(201);
        }
        return username;
    }

    /** The number of a new customer of the practitioner's client book (never assessed). */
    protected String customerNumberOf(String practitioner) {
        return customerOf(practitioner, 50, null).number();
    }

    /** A customer of the practitioner, of that age, assessed at that level by them (null: never assessed). */
    protected Registered customerOf(String practitioner, int age, String level) {
        Registered customer = newCustomer(practitioner, unique("Client"), Gender.MALE, today().minusYears(age).minusDays(40));
        if (level != null) {
            assessed(practitioner, customer, level);
        }
        return customer;
    }

    /**
     * A sale of that amount driven to RELEASED by the practitioner: a general fund, the case opened, the customer
     * confirming on their own phone, the submission (the product has no cooling-off). The case number.
     */
    protected String releasedSale(String practitioner, Registered customer, String product, String amount) {
        String number = openedSale(practitioner, customer, product, amount);
        customerConfirmed(number, customer, product, as("product").get("/api/v1/products/" + product).json()
                .get("riskLevel").asString());
        Api.Response submitted = as(practitioner).post("/api/v1/sales/" + number + "/submission", "{}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("state").asString()).isEqualTo("RELEASED");
        return number;
    }

    /** A sale of that amount opened by the practitioner, waiting for the customer. The case number. */
    protected String openedSale(String practitioner, Registered customer, String product, String amount) {
        Api.Response fund = as(practitioner).post("/api/v1/customers/" + customer.number() + "/funds", Map.of(
                "amount", "5000000.00", "currency", "CNY", "purpose", "GENERAL",
                "neededBackOn", today().plusYears(5).toString()));
        assertThat(fund.status()).as(fund.body()).isEqualTo(201);
        Api.Response opened = as(practitioner).post("/api/v1/sales", Map.of("customerNumber", customer.number(),
                "productCode", product, "fundId", fund.json().get("id").asLong(), "amount", amount,
                "customerInitiated", false, "channel", "BRANCH"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.json().get("state").asString()).as(opened.body()).isEqualTo("AWAITING_CUSTOMER");
        return opened.json().get("number").asString();
    }
}
