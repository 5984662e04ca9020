package io.steward.customer.web;

import io.steward.customer.Referrals;
import io.steward.customer.Referrals.Acceptance;
import io.steward.customer.Referrals.Decline;
import io.steward.customer.Referrals.NewReferral;
import io.steward.customer.Referrals.Referral;
import io.steward.customer.internal.ReferralService;
import io.steward.platform.web.Access;
import io.steward.platform.web.Created;
import io.steward.platform.web.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Referrals")
@RestController
@RequestMapping("/api/v1/referrals")
class ReferralApi {

    private final Referrals referrals;
    private final ReferralService service;

    ReferralApi(Referrals referrals, ReferralService service) {
        this.referrals = referrals;
        this.service = service;
    }

    record Mine(List<Referral> toHandle, List<Referral> made) {
    }

    @Operation(summary = "Referrals waiting for me (practitioner) and the ones I made")
    @GetMapping
    @Access(roles = {"PRACTITIONER", "ASSISTANT", "STAFF"}, scope = DataScope.OWN_RECORDS)
    Mine mine() {
        return new Mine(service.inbox(), service.madeByMe());
    }

    @Operation(summary = "Refer a prospective customer to a certified practitioner (QUAL-1)")
    @PostMapping
    @Created
    @Access(roles = {"PRACTITIONER", "ASSISTANT", "STAFF"}, scope = DataScope.OWN_RECORDS)
    ResponseEntity<Referral> refer(@Valid @RequestBody NewReferral request) {
        Referral referral = referrals.refer(request);
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + referral.id())).body(referral);
    }

    @PostMapping("/{id}/acceptance")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_RECORDS)
    Referral accept(@PathVariable long id, @Valid @RequestBody Acceptance request) {
        return referrals.accept(id, request);
    }

    @PostMapping("/{id}/decline")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_RECORDS)
    Referral decline(@PathVariable long id, @Valid @RequestBody Decline request) {
        return referrals.decline(id, request);
    }
}
