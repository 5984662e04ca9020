package io.steward.product.web;

import io.steward.platform.web.Access;
import io.steward.platform.web.Created;
import io.steward.platform.web.DataScope;
import io.steward.product.Product;
import io.steward.product.ProductAdministration;
import io.steward.product.ProductAdministration.DraftChanges;
import io.steward.product.ProductAdministration.NewProduct;
import io.steward.product.ProductAdministration.ReRating;
import io.steward.product.ProductAdministration.StatusChange;
import io.steward.product.ProductShelf;
import io.steward.product.ProductShelf.ShelfFilter;
import io.steward.product.ProductStatus;
import io.steward.product.ProductType;
import io.steward.product.RiskLevel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Products")
@RestController
@RequestMapping("/api/v1/products")
class ProductApi {

    private final ProductShelf shelf;
    private final ProductAdministration administration;
    private final ShelfRoles roles;

    ProductApi(ProductShelf shelf, ProductAdministration administration, ShelfRoles roles) {
        this.shelf = shelf;
        this.administration = administration;
        this.roles = roles;
    }

    @Operation(summary = "The shelf, filtered by risk level, type and status (drafts only for product officers and compliance)")
    @GetMapping
    @Access(roles = {"PRACTITIONER", "ASSISTANT", "STAFF", "RETAIL_HEAD", "PRODUCT_OFFICER", "DEPARTMENT_MANAGER",
            "COMPLIANCE"}, scope = DataScope.BANK)
    List<Product> list(@RequestParam(required = false) RiskLevel risk, @RequestParam(required = false) ProductType type,
            @RequestParam(required = false) ProductStatus status) {
        return shelf.list(new ShelfFilter(risk, type, status, roles.seesDrafts()));
    }

    @Operation(summary = "Draft a new product")
    @PostMapping
    @Created
    @Access(roles = "PRODUCT_OFFICER", scope = DataScope.BANK)
    ResponseEntity<Product> create(@Valid @RequestBody NewProduct request) {
        Product created = administration.create(request);
        return ResponseEntity.created(URI.create("/api/v1/products/" + created.code())).body(created);
    }

    @GetMapping("/{code}")
    @Access(roles = {"PRACTITIONER", "ASSISTANT", "STAFF", "RETAIL_HEAD", "PRODUCT_OFFICER", "DEPARTMENT_MANAGER",
            "COMPLIANCE"}, scope = DataScope.BANK)
    Product one(@PathVariable String code) {
        return roles.visible(code);
    }

    @Operation(summary = "Change a draft; the version must be the one last read")
    @PutMapping("/{code}")
    @Access(roles = "PRODUCT_OFFICER", scope = DataScope.BANK)
    Product edit(@PathVariable String code, @Valid @RequestBody DraftChanges request) {
        return administration.edit(code, request);
    }

    @Operation(summary = "Activate, suspend, resume or close (DRAFT → ACTIVE ⇄ SUSPENDED, any → CLOSED)")
    @PostMapping("/{code}/status")
    @Access(roles = "PRODUCT_OFFICER", scope = DataScope.BANK)
    Product changeStatus(@PathVariable String code, @Valid @RequestBody StatusChange request) {
        return administration.changeStatus(code, request);
    }

    @Operation(summary = "Re-rate the product's risk level, with the reason (audited, announced as ProductReRated)")
    @PostMapping("/{code}/risk-level")
    @Access(roles = "PRODUCT_OFFICER", scope = DataScope.BANK)
    Product reRate(@PathVariable String code, @Valid @RequestBody ReRating request) {
        return administration.reRate(code, request);
    }
}
