package io.steward.product.web;

import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.Created;
import io.steward.platform.web.DataScope;
import io.steward.platform.web.FileDownload;
import io.steward.product.HandOver;
import io.steward.product.Material;
import io.steward.product.OfficialMaterials;
import io.steward.product.OfficialMaterials.MaterialFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Products")
@RestController
@RequestMapping("/api/v1/products/{code}")
class MaterialApi {

    private final OfficialMaterials materials;
    private final ShelfRoles roles;

    MaterialApi(OfficialMaterials materials, ShelfRoles roles) {
        this.materials = materials;
        this.roles = roles;
    }

    @Operation(summary = "Every version of the product's official materials, current ones first")
    @GetMapping("/materials")
    @Access(roles = {"PRACTITIONER", "ASSISTANT", "STAFF", "RETAIL_HEAD", "PRODUCT_OFFICER", "DEPARTMENT_MANAGER",
            "COMPLIANCE"}, scope = DataScope.BANK)
    List<Material> list(@PathVariable String code) {
        roles.visible(code);
        return materials.materialsOf(code);
    }

    @Operation(summary = "MAT-1: publish a PDF, PNG or JPEG (≤ 10 MB) as a product officer of the head office or a branch")
    @PostMapping(path = "/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Created
    @Access(roles = "PRODUCT_OFFICER", scope = DataScope.BANK)
    ResponseEntity<Material> publish(@PathVariable String code, @Valid @ModelAttribute MaterialUpload upload)
            throws IOException {
        Material published = materials.publish(code, upload.material(), roles.username());
        return ResponseEntity.created(URI.create("/api/v1/products/" + code + "/materials/" + published.id()))
                .body(published);
    }

    @GetMapping("/materials/{id}")
    @Access(roles = {"PRACTITIONER", "ASSISTANT", "STAFF", "RETAIL_HEAD", "PRODUCT_OFFICER", "DEPARTMENT_MANAGER",
            "COMPLIANCE"}, scope = DataScope.BANK)
    Material one(@PathVariable String code, @PathVariable long id) {
        roles.visible(code);
        return materials.find(code, id).orElseThrow(() -> DomainRefusal.notFound("unknown-material",
                "Unknown material " + id + " of product " + code, id, code));
    }

    @Operation(summary = "Download the file of one version (superseded versions stay downloadable for the record)")
    @GetMapping("/materials/{id}/file")
    @FileDownload({"application/pdf", "image/png", "image/jpeg"})
    @Access(roles = {"PRACTITIONER", "ASSISTANT", "STAFF", "RETAIL_HEAD", "PRODUCT_OFFICER", "DEPARTMENT_MANAGER",
            "COMPLIANCE"}, scope = DataScope.BANK)
    ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable long id) {
        roles.visible(code);
        return Downloads.of(materials.file(code, id));
    }

    record HandOverRequest(@NotBlank @Pattern(regexp = OfficialMaterials.CUSTOMER_NUMBER,
            message = "{product.validation.customer-number}") String customerNumber) {
    }

    @Operation(summary = "Record that this current material of an ACTIVE product was handed to a customer")
    @PostMapping("/materials/{id}/hand-overs")
    @Created
    @Access(roles = {"PRACTITIONER", "ASSISTANT", "STAFF", "RETAIL_HEAD", "PRODUCT_OFFICER", "DEPARTMENT_MANAGER"},
            scope = DataScope.OWN_RECORDS)
    ResponseEntity<HandOver> handOver(@PathVariable String code, @PathVariable long id,
            @Valid @RequestBody HandOverRequest request) {
        roles.visible(code);
        HandOver recorded = materials.handOver(code, id, request.customerNumber(), roles.username());
        return ResponseEntity.created(URI.create("/api/v1/products/" + code + "/hand-overs")).body(recorded);
    }

    @Operation(summary = "Hand-overs of the product's materials, newest first (others' only for product officers and compliance)")
    @GetMapping("/hand-overs")
    @Access(roles = {"PRACTITIONER", "ASSISTANT", "STAFF", "RETAIL_HEAD", "PRODUCT_OFFICER", "DEPARTMENT_MANAGER",
            "COMPLIANCE"}, scope = DataScope.OWN_RECORDS)
    List<HandOver> handOvers(@PathVariable String code, @RequestParam(defaultValue = "100") int limit) {
        roles.visible(code);
        return materials.handOversOf(code, roles.handOversVisibleTo(), limit);
    }
}
