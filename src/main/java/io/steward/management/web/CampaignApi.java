package io.steward.management.web;

import io.steward.management.Department;
import io.steward.management.internal.CampaignEffects;
import io.steward.management.internal.Campaigns.Campaign;
import io.steward.management.internal.Campaigns.NewActivity;
import io.steward.management.internal.Campaigns.NewCampaign;
import io.steward.management.internal.Campaigns.OutcomeEntry;
import io.steward.management.internal.Campaigns.OutcomeLine;
import io.steward.management.internal.Campaigns;
import io.steward.platform.web.Access;
import io.steward.platform.web.Created;
import io.steward.platform.web.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Management")
@RestController
@RequestMapping("/api/v1/management/campaigns")
class CampaignApi {

    private final Scope scope;
    private final Campaigns campaigns;
    private final CampaignEffects effects;

    CampaignApi(Scope scope, Campaigns campaigns, CampaignEffects effects) {
        this.scope = scope;
        this.campaigns = campaigns;
        this.effects = effects;
    }

    @GetMapping
    @Access(roles = {"DEPARTMENT_MANAGER", "PRACTITIONER"}, scope = DataScope.DEPARTMENT)
    List<Campaign> list() {
        return scope.actor().holds(io.steward.organization.Role.DEPARTMENT_MANAGER) ? campaigns.of(scope.managed())
                : campaigns.assignedTo(scope.actor().username());
    }

    @PostMapping
    @Created
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    ResponseEntity<Campaign> create(@Valid @RequestBody NewCampaign request) {
        Campaign created = campaigns.create(scope.managed(), request, scope.actor().username());
        return ResponseEntity.created(URI.create("/api/v1/management/campaigns/" + created.id())).body(created);
    }

    @Operation(summary = "A campaign with its effect: segment size, contacts, conversions (released sales to segment customers during the campaign), conversion rate, volume")
    @GetMapping("/{id}")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    Campaign one(@PathVariable long id) {
        return campaigns.campaign(scope.managed(), id);
    }

    @PostMapping("/{id}/activities")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    Campaign activity(@PathVariable long id, @Valid @RequestBody NewActivity request) {
        return campaigns.addActivity(scope.managed(), id, request, scope.actor().username());
    }

    @Operation(summary = "An assigned practitioner records the outcome with one of their customers")
    @PutMapping("/{id}/outcomes/{customerNumber}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    void outcome(@PathVariable long id, @PathVariable String customerNumber, @Valid @RequestBody OutcomeEntry request) {
        campaigns.recordOutcome(scope.actor().username(), id, customerNumber, request);
    }

    @Operation(summary = "The manager's effect analysis: per staff member and, cells under five customers suppressed, per risk level and age band")
    @GetMapping("/{id}/analysis")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    CampaignEffects.Analysis analysis(@PathVariable long id) {
        Department department = scope.managed();
        Campaign campaign = campaigns.campaign(department, id);
        return effects.analysis(department, id, campaign.segment(), campaign.startsOn(), campaign.endsOn(), campaign.staff());
    }

    @Operation(summary = "An assigned practitioner's own customers in the campaign's segment, with what they recorded and bought")
    @GetMapping("/{id}/customers")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    List<CampaignEffects.TargetCustomer> customers(@PathVariable long id) {
        Department department = scope.own();
        Campaign campaign = campaigns.assigned(department, scope.actor().username(), id);
        return effects.ownCustomers(department, scope.actor().username(), id, campaign.segment(), campaign.startsOn(),
                campaign.endsOn());
    }

    @GetMapping("/{id}/outcomes")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    List<OutcomeLine> outcomes(@PathVariable long id) {
        return campaigns.outcomesOf(scope.actor().username(), id);
    }
}
