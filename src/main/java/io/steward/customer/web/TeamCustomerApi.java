package io.steward.customer.web;

import io.steward.customer.internal.TeamCustomers;
import io.steward.customer.internal.TeamCustomers.Assignment;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Customers")
@RestController
class TeamCustomerApi {

    private final TeamCustomers team;

    TeamCustomerApi(TeamCustomers team) {
        this.team = team;
    }

    @Operation(summary = "Who serves which customer in the teams the manager leads (number, masked name, practitioner)")
    @GetMapping("/api/v1/team-customers")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    List<Assignment> list() {
        return team.list();
    }
}
