package io.steward.organization.web;

import io.steward.organization.Institution;
import io.steward.organization.InstitutionTree;
import io.steward.organization.OrganizationAdministration;
import io.steward.organization.OrganizationAdministration.NewInstitution;
import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.Created;
import io.steward.platform.web.DataScope;
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

@Tag(name = "Organization")
@RestController
@RequestMapping("/api/v1/institutions")
class InstitutionApi {

    private final InstitutionTree tree;
    private final OrganizationAdministration administration;

    InstitutionApi(InstitutionTree tree, OrganizationAdministration administration) {
        this.tree = tree;
        this.administration = administration;
    }

    @GetMapping
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    List<Institution> all() {
        return tree.all();
    }

    @GetMapping("/{code}")
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    Institution one(@PathVariable String code) {
        return tree.find(code).orElseThrow(() -> DomainRefusal.notFound("unknown-institution",
                "Unknown institution " + code, code));
    }

    @PostMapping
    @Created
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    ResponseEntity<Institution> create(@Valid @RequestBody NewInstitution request) {
        Institution created = administration.createInstitution(request);
        return ResponseEntity.created(URI.create("/api/v1/institutions/" + created.code())).body(created);
    }
}
