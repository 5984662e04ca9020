package io.steward.reporting.web;

import io.steward.platform.web.Access;
import io.steward.platform.web.Created;
import io.steward.platform.web.DataScope;
import io.steward.platform.web.FileDownload;
import io.steward.reporting.internal.CustomerExport;
import io.steward.reporting.internal.CustomerExports;
import io.steward.reporting.internal.CustomerExports.ExportFile;
import io.steward.reporting.internal.ExportPurpose;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Exports of customer-level data")
@RestController
class ExportApi {

    private final CustomerExports exports;

    ExportApi(CustomerExports exports) {
        this.exports = exports;
    }

    record ExportRequest(String institution, @NotNull ExportPurpose purpose,
            @NotBlank @Size(min = 10, max = 1000) String reason) {
    }

    @Schema(name = "ExportDecision")
    record Decision(@NotNull Boolean approve, @Size(max = 1000) String note) {
    }

    @Operation(summary = "Request an export of the customers of an institution subtree, with a purpose")
    @PostMapping("/api/v1/exports")
    @Created
    @Access(roles = {"RETAIL_DIRECTOR", "COMPLIANCE"}, scope = DataScope.PURPOSE_BOUND)
    ResponseEntity<CustomerExport> request(@Valid @RequestBody ExportRequest request) {
        CustomerExport export = exports.request(request.institution(), request.purpose(), request.reason());
        return ResponseEntity.created(URI.create("/api/v1/exports/" + export.id())).body(export);
    }

    @Operation(summary = "Exports: the requester's own; every one for a compliance officer")
    @GetMapping("/api/v1/exports")
    @Access(roles = {"RETAIL_DIRECTOR", "COMPLIANCE"}, scope = DataScope.PURPOSE_BOUND)
    List<CustomerExport> list() {
        return exports.visible();
    }

    @Operation(summary = "One export")
    @GetMapping("/api/v1/exports/{id}")
    @Access(roles = {"RETAIL_DIRECTOR", "COMPLIANCE"}, scope = DataScope.PURPOSE_BOUND)
    CustomerExport get(@PathVariable long id) {
        return exports.get(id);
    }

    @Operation(summary = "Approve or reject an export: a compliance officer other than the requester")
    @PostMapping("/api/v1/exports/{id}/decision")
    @Access(roles = "COMPLIANCE", scope = DataScope.PURPOSE_BOUND)
    CustomerExport decide(@PathVariable long id, @Valid @RequestBody Decision decision) {
        return exports.decide(id, decision.approve(), decision.note());
    }

    @Operation(summary = "The file of an approved export: for its requester, once, within the download window")
    @GetMapping("/api/v1/exports/{id}/file")
    @FileDownload("text/csv")
    @Access(roles = {"RETAIL_DIRECTOR", "COMPLIANCE"}, scope = DataScope.PURPOSE_BOUND)
    ResponseEntity<byte[]> file(@PathVariable long id) {
        return attachment(exports.download(id));
    }

    static ResponseEntity<byte[]> attachment(ExportFile file) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }
}
