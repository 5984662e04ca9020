package io.steward.portfolio.web;

import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.Created;
import io.steward.platform.web.DataScope;
import io.steward.portfolio.internal.HoldingImport;
import io.steward.portfolio.internal.HoldingImports;
import io.steward.portfolio.internal.ImportProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Core banking's positions and valuations, as a CSV file (the format of {@code docs/portfolio.md}). The body is the
 * file itself ({@code text/csv}, streamed: no size limit and flat memory) or a multipart form with a {@code file}
 * part. A clean file is applied at once; a file with bad lines is only checked (state VALIDATED, nothing changed)
 * unless {@code applyValidLines=true}. Operations (ADMIN) hand the files over; the answers carry counts, line numbers
 * and reasons, never a line's content.
 */
@RestController
@RequestMapping("/api/v1/holdings/import")
class HoldingsImportApi {

    record ImportReport(HoldingImport holdingImport, List<ImportProblem> problems, Integer nextAfterLine) {
    }

    private final HoldingImports imports;

    HoldingsImportApi(HoldingImports imports) {
        this.imports = imports;
    }

    @Operation(summary = "Import a holdings file (text/csv body); applied at once when clean or applyValidLines=true")
    @PostMapping(consumes = {"text/csv", "text/plain", "application/octet-stream"})
    @Created
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            @Content(mediaType = "text/plain", schema = @Schema(type = "string")),
            @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))})
    ResponseEntity<ImportReport> importFile(HttpServletRequest request,
            @RequestParam(defaultValue = "false") boolean applyValidLines,
            @Parameter(description = "The file's name, for the record (a multipart file carries its own)")
            @RequestParam(defaultValue = "holdings.csv") String fileName) throws IOException {
        try (InputStream body = request.getInputStream()) {
            return created(imports.upload(fileName, body, applyValidLines));
        }
    }

    @Operation(summary = "Import a holdings file sent as the multipart part 'file'")
    @PostMapping(consumes = "multipart/form-data")
    @Created
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    ResponseEntity<ImportReport> importForm(@RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean applyValidLines) throws IOException {
        if (file.isEmpty()) {
            throw DomainRefusal.invalid("holdings-file-header", "The file is empty");
        }
        try (InputStream content = file.getInputStream()) {
            return created(imports.upload(file.getOriginalFilename(), content, applyValidLines));
        }
    }

    @GetMapping
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    List<HoldingImport> recent() {
        return imports.recent(50);
    }

    @Operation(summary = "An import's state and counts, with its bad lines a page at a time (after a line number)")
    @GetMapping("/{id}")
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    ImportReport report(@PathVariable long id, @RequestParam(defaultValue = "0") int afterLine,
            @RequestParam(defaultValue = "1000") int limit) {
        return report(imports.find(id), afterLine, limit);
    }

    @Operation(summary = "Apply a checked import; a file with bad lines needs applyValidLines=true (its good lines only)")
    @PostMapping("/{id}/apply")
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    ImportReport apply(@PathVariable long id, @RequestParam(defaultValue = "false") boolean applyValidLines) {
        return report(imports.apply(id, applyValidLines), 0, 1000);
    }

    @Operation(summary = "Drop a checked import without changing any holding")
    @PostMapping("/{id}/abandon")
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    ImportReport abandon(@PathVariable long id) {
        return report(imports.abandon(id), 0, 1000);
    }

    private ResponseEntity<ImportReport> created(HoldingImport holdingImport) {
        return ResponseEntity.created(URI.create("/api/v1/holdings/import/" + holdingImport.id()))
                .body(report(holdingImport, 0, 1000));
    }

    private ImportReport report(HoldingImport holdingImport, int afterLine, int limit) {
        List<ImportProblem> problems = imports.problems(holdingImport.id(), afterLine, limit);
        Integer next = problems.size() == Math.clamp(limit, 1, 10_000) ? problems.getLast().lineNo() : null;
        return new ImportReport(holdingImport, problems, next);
    }
}
