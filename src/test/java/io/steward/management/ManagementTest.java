package io.steward.management;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Api.Response;
import io.steward.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Management tests build their own department (a manager, teams and members) so they never share state. */
abstract class ManagementTest extends IntegrationTest {

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

    protected String newStaff(String institution, String role) {
        String username = unique("m");
        Response created = as("admin").post("/api/v1/staff", Map.of("username", username, "fullName", "Test " + username,
                "institutionCode", institution, "roles", List.of(role), "password", DEMO_PASSWORD));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    /** A customer number no other test uses. */
    protected static String customerNumber() {
        return "C" + String.format("%08d", Math.floorMod(System.nanoTime() / 1000, 100_000_000L));
    }
}
