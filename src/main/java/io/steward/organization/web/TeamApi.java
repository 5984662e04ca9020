package io.steward.organization.web;

import io.steward.organization.OrganizationAdministration;
import io.steward.organization.OrganizationAdministration.NewTeam;
import io.steward.organization.StaffDirectory;
import io.steward.organization.Team;
import io.steward.platform.web.Access;
import io.steward.platform.web.Created;
import io.steward.platform.web.DataScope;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Organization")
@RestController
@RequestMapping("/api/v1/teams")
class TeamApi {

    private final StaffDirectory directory;
    private final OrganizationAdministration administration;

    TeamApi(StaffDirectory directory, OrganizationAdministration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    @GetMapping
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    List<Team> all() {
        return directory.teams();
    }

    @PostMapping
    @Created
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    ResponseEntity<Team> create(@Valid @RequestBody NewTeam request) {
        Team team = administration.createTeam(request);
        return ResponseEntity.created(URI.create("/api/v1/teams/" + team.code())).body(team);
    }

    @PutMapping("/{code}/members/{username}")
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    Team addMember(@PathVariable String code, @PathVariable String username) {
        return administration.addTeamMember(code, username);
    }

    @DeleteMapping("/{code}/members/{username}")
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    Team removeMember(@PathVariable String code, @PathVariable String username) {
        return administration.removeTeamMember(code, username);
    }
}
