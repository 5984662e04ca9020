package io.steward.sales.web;

import io.steward.confirmation.RequestOrigin;
import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.Created;
import io.steward.platform.web.DataScope;
import io.steward.platform.web.FileDownload;
import io.steward.sales.CaseState;
import io.steward.sales.SaleCaseView;
import io.steward.sales.internal.CaseCancellation;
import io.steward.sales.internal.CaseOpening;
import io.steward.sales.internal.CaseQueries;
import io.steward.sales.internal.CaseSubmission;
import io.steward.sales.internal.EvidenceIntake;
import io.steward.sales.internal.OrderOutbox;
import io.steward.sales.internal.Witnessing;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Sales")
@RestController
@RequestMapping("/api/v1/sales")
class SalesApi {

    private final CaseOpening opening;
    private final CaseSubmission submission;
    private final Witnessing witnessing;
    private final EvidenceIntake evidence;
    private final CaseCancellation cancellation;
    private final CaseQueries queries;
    private final OrderOutbox outbox;

    SalesApi(CaseOpening opening, CaseSubmission submission, Witnessing witnessing, EvidenceIntake evidence,
            CaseCancellation cancellation, CaseQueries queries, OrderOutbox outbox) {
        this.opening = opening;
        this.submission = submission;
        this.witnessing = witnessing;
        this.evidence = evidence;
        this.cancellation = cancellation;
        this.queries = queries;
        this.outbox = outbox;
    }

    @Operation(summary = "Open a case; the policy decides at once (a DENIED case is recorded with its rule hits)")
    @PostMapping
    @Created
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    ResponseEntity<SaleCaseView> open(@Valid @RequestBody CaseOpening.OpenCase request, HttpServletRequest http) {
        String number = opening.open(request, RequestOrigin.of(http));
        return ResponseEntity.created(URI.create("/api/v1/sales/" + number)).body(queries.view(number));
    }

    @GetMapping
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    List<SaleCaseView> mine(@RequestParam(required = false) CaseState state) {
        return queries.mine(state);
    }

    @GetMapping("/{number}")
    @Access(roles = {"PRACTITIONER", "RETAIL_HEAD", "COMPLIANCE"}, scope = DataScope.OWN_CUSTOMERS)
    SaleCaseView one(@PathVariable String number) {
        return queries.view(number);
    }

    @Operation(summary = "The cases waiting for this retail head's witness and signature")
    @GetMapping("/witness-queue")
    @Access(roles = "RETAIL_HEAD", scope = DataScope.INSTITUTION_SUBTREE)
    List<SaleCaseView> witnessQueue() {
        return queries.witnessQueue();
    }

    @Operation(summary = "ELDER-2 / MATCH-1: the retail head witnesses, gives the second risk warning and signs")
    @PostMapping("/{number}/witness")
    @Access(roles = "RETAIL_HEAD", scope = DataScope.INSTITUTION_SUBTREE)
    SaleCaseView witness(@PathVariable String number, @Valid @RequestBody Witnessing.Signature signature) {
        witnessing.witness(number, signature);
        return queries.view(number);
    }

    @Operation(summary = "REC-1: attach the audio/video recording of the sale")
    @PostMapping(path = "/{number}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    SaleCaseView attach(@PathVariable String number, @RequestParam("file") MultipartFile file) {
        if (file.isEmpty()) {
            throw DomainRefusal.invalid("empty-recording", "The recording is empty");
        }
        try (InputStream content = file.getInputStream()) {
            evidence.attach(number, file.getOriginalFilename() == null ? "recording" : file.getOriginalFilename(), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return queries.view(number);
    }

    @Operation(summary = "Submit: the policy decides again, the application form is generated, the case is released or held")
    @PostMapping("/{number}/submission")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    SaleCaseView submit(@PathVariable String number, HttpServletRequest http) {
        submission.submit(number, RequestOrigin.of(http)).orRefuse();
        return queries.view(number);
    }

    @PostMapping("/{number}/cancellation")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    SaleCaseView cancel(@PathVariable String number, @Valid @RequestBody CaseCancellation.Reason reason) {
        cancellation.byPractitioner(number, reason);
        return queries.view(number);
    }

    @Operation(summary = "Send the customer a link through which they alone may cancel")
    @PostMapping("/{number}/cancellation-link")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    @ResponseStatus(HttpStatus.ACCEPTED)
    void cancellationLink(@PathVariable String number, HttpServletRequest http) {
        cancellation.sendLinkToCustomer(number, RequestOrigin.of(http));
    }

    @GetMapping("/{number}/application-form")
    @FileDownload("application/pdf")
    @Access(roles = {"PRACTITIONER", "RETAIL_HEAD", "COMPLIANCE"}, scope = DataScope.OWN_CUSTOMERS)
    ResponseEntity<InputStreamResource> applicationForm(@PathVariable String number) {
        return file(queries.applicationForm(number), MediaType.APPLICATION_PDF, number + ".pdf");
    }

    @GetMapping("/{number}/evidence/{id}")
    @FileDownload("application/octet-stream")
    @Access(roles = {"PRACTITIONER", "RETAIL_HEAD", "COMPLIANCE"}, scope = DataScope.OWN_CUSTOMERS)
    ResponseEntity<InputStreamResource> recording(@PathVariable String number, @PathVariable long id) {
        return file(queries.recording(number, id), MediaType.APPLICATION_OCTET_STREAM, number + "-recording-" + id);
    }

    @Operation(summary = "Orders for core banking and their delivery")
    @GetMapping("/outbox")
    @Access(roles = {"ADMIN", "COMPLIANCE"}, scope = DataScope.BANK)
    List<OrderOutbox.OrderStatus> outbox(@RequestParam(required = false) String status) {
        return outbox.list(status);
    }

    @PostMapping("/outbox/{id}/retry")
    @Access(roles = {"ADMIN", "COMPLIANCE"}, scope = DataScope.BANK)
    Map<String, Boolean> retry(@PathVariable long id) {
        return Map.of("requeued", outbox.retry(id));
    }

    static ResponseEntity<InputStreamResource> file(InputStream content, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(new InputStreamResource(content));
    }
}
