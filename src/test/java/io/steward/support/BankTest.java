package io.steward.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * Tests that need their own corner of the bank: a branch or sub-branch nobody else uses, staff of a role there, a
 * practitioner with a valid certificate. Reports and anomalies are about institutions and people, so each test
 * builds its own and the demo bank's figures never get in the way.
 */
public abstract class BankTest extends SalesTest {

    /** A new institution of that type under the parent; its code. */
    protected String institution(String type, String parent) {
        String code = unique(type.substring(0, 2) + "-").toUpperCase();
        Api.Response created = as("admin").post("/api/v1/institutions",
                Map.of("code", code, "name", "Test " + type.toLowerCase() + " " + code, "type", type, "parentCode", parent));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return code;
    }

    /** A new staff member with that role at the institution (demo password); their username. */
    protected String staff(String role, String institution) {
        String username = unique(role.toLowerCase().replace('_', '-').substring(0, 4));
        Api.Response created = as("admin").post("/api/v1/staff", Map.of("username", username, "fullName",
                "Test " + role.toLowerCase(), "institutionCode", institution, "roles", List.of(role), "password",
                DEMO_PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    /** A practitioner at the institution holding a certificate valid today and for a year. */
    protected String practitioner(String institution) {
        String username = staff("PRACTITIONER", institution);
        Api.Response certificate = as("admin").post("/api/v1/staff/" + username + "/certificates", Map.of(
                "number", unique("CMB-PF-").toUpperCase(), "issuedOn", today().minusYears(1).toString(),
                "expiresOn", today().plusYears(1).toString()));
        assertThat(certificate.status()).as(certificate.body()).isEqualTo(201);
        return username;
    }

    /** That many new customers of the practitioner, all of that age. */
    protected List<Registered> customers(String practitioner, int count, int age) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> newCustomer(practitioner, today().minusYears(age).minusDays(40 + i))).toList();
    }
}
