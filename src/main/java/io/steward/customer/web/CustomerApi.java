package io.steward.customer.web;

import io.steward.customer.CustomerAccess;
import io.steward.customer.CustomerFacts;
import io.steward.customer.CustomerFunds;
import io.steward.customer.CustomerFunds.NewFund;
import io.steward.customer.CustomerRegistration;
import io.steward.customer.CustomerRegistration.NewCustomer;
import io.steward.customer.CustomerRegistration.Reassignment;
import io.steward.customer.CustomerRiskLevel;
import io.steward.customer.Fund;
import io.steward.customer.GuardianFacts;
import io.steward.customer.Guardians;
import io.steward.customer.Guardians.NewGuardian;
import io.steward.customer.Guardians.Scan;
import io.steward.customer.Interviews;
import io.steward.customer.Interviews.InterviewRecord;
import io.steward.customer.Interviews.NewInterview;
import io.steward.customer.internal.ClientBook;
import io.steward.customer.internal.ClientBook.Filter;
import io.steward.customer.internal.CustomerViews;
import io.steward.customer.internal.CustomerViews.Record;
import io.steward.customer.internal.CustomerViews.TaskLine;
import io.steward.customer.internal.ScannedDocument;
import io.steward.platform.web.Access;
import io.steward.platform.web.Created;
import io.steward.platform.web.DataScope;
import io.steward.platform.web.FileDownload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The client book over JSON. Reading one customer (or a part of the record) is open to every signed-in staff member
 * and answered by the record's scope: the full view for the assigned practitioner, the low-sensitivity view for their
 * assistants, 404 for everyone else — and audited. Changes need the full view.
 */
@Tag(name = "Customers")
@RestController
@RequestMapping("/api/v1/customers")
class CustomerApi {

    private final ClientBook clientBook;
    private final CustomerViews views;
    private final CustomerAccess access;
    private final CustomerRegistration registration;
    private final CustomerFunds funds;
    private final Guardians guardians;
    private final Interviews interviews;

    CustomerApi(ClientBook clientBook, CustomerViews views, CustomerAccess access, CustomerRegistration registration,
            CustomerFunds funds, Guardians guardians, Interviews interviews) {
        this.clientBook = clientBook;
        this.views = views;
        this.access = access;
        this.registration = registration;
        this.funds = funds;
        this.guardians = guardians;
        this.interviews = interviews;
    }

    @Operation(summary = "The client book: own customers (practitioner) or the assisted practitioners' (assistant, masked)")
    @GetMapping
    @Access(roles = {"PRACTITIONER", "ASSISTANT"}, scope = DataScope.OWN_CUSTOMERS)
    ClientBook.Page list(@RequestParam(required = false) String q, @RequestParam(required = false) CustomerRiskLevel level,
            @RequestParam(defaultValue = "false") boolean expiring, @RequestParam(defaultValue = "false") boolean aged65,
            @RequestParam(defaultValue = "false") boolean minors,
            @RequestParam(defaultValue = "false") boolean noValidAssessment) {
        return clientBook.list(new Filter(q, level, expiring, aged65, minors, noValidAssessment));
    }

    /** The customer and the practitioner whose book they are in. */
    record CustomerAssignment(String number, String fullName, String practitioner) {
    }

    @Operation(summary = "Register a customer, assigned to the practitioner registering them (QUAL-1)")
    @PostMapping
    @Created
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    ResponseEntity<CustomerAssignment> create(@Valid @RequestBody NewCustomer request) {
        CustomerFacts created = registration.register(request);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + created.number()))
                .body(new CustomerAssignment(created.number(), created.fullName(), created.practitioner()));
    }

    @Operation(summary = "One customer, in the view the caller's scope allows (404 outside it)")
    @GetMapping("/{number}")
    @Access(anyStaff = true, scope = DataScope.OWN_CUSTOMERS)
    Record one(@PathVariable String number) {
        return views.open(number);
    }

    @Operation(summary = "Reassign the customer to another practitioner of a team the manager leads")
    @PutMapping("/{number}/practitioner")
    @Access(roles = "DEPARTMENT_MANAGER", scope = DataScope.DEPARTMENT)
    CustomerAssignment reassign(@PathVariable String number, @Valid @RequestBody Reassignment request) {
        CustomerFacts customer = registration.reassign(number, request);
        return new CustomerAssignment(customer.number(), customer.maskedName(), customer.practitioner());
    }

    @GetMapping("/{number}/funds")
    @Access(anyStaff = true, scope = DataScope.OWN_CUSTOMERS)
    List<Fund> funds(@PathVariable String number) {
        return funds.of(access.openFull(number, "funds").customerId());
    }

    @Operation(summary = "Record money the customer brings: amount, currency, purpose and when it is needed back")
    @PostMapping("/{number}/funds")
    @Created
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    ResponseEntity<Fund> addFund(@PathVariable String number, @Valid @RequestBody NewFund request) {
        Fund fund = funds.add(number, request);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + number + "/funds/" + fund.id())).body(fund);
    }

    @PostMapping("/{number}/guardians")
    @Created
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    ResponseEntity<GuardianFacts> addGuardian(@PathVariable String number, @Valid @RequestBody NewGuardian request) {
        GuardianFacts guardian = guardians.add(number, request);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + number + "/guardians/" + guardian.id()))
                .body(guardian);
    }

    @Operation(summary = "Attach the scanned copy of the guardian's document: the request body is the PDF, JPEG or PNG (at most 5 MB)")
    @PutMapping(path = "/{number}/guardians/{id}/scan", consumes = {"application/pdf", "image/jpeg", "image/png",
            "application/octet-stream"})
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    GuardianFacts attachScan(@PathVariable String number, @PathVariable long id, @RequestBody byte[] content,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestParam(defaultValue = "scan") String fileName) {
        return guardians.attachScan(number, id, new Scan(fileName, contentType, content));
    }

    @GetMapping("/{number}/guardians/{id}/scan")
    @FileDownload({"application/pdf", "image/png", "image/jpeg"})
    @Access(anyStaff = true, scope = DataScope.OWN_CUSTOMERS)
    ResponseEntity<byte[]> scan(@PathVariable String number, @PathVariable long id) {
        ScannedDocument document = views.guardianScan(number, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.fileName()).build().toString())
                .body(document.content());
    }

    @Operation(summary = "The practitioner has checked the original document against the copy on file (MINOR-1)")
    @PostMapping("/{number}/guardians/{id}/verification")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    GuardianFacts verifyGuardian(@PathVariable String number, @PathVariable long id) {
        return guardians.verify(number, id);
    }

    @GetMapping("/{number}/interviews")
    @Access(anyStaff = true, scope = DataScope.OWN_CUSTOMERS)
    List<InterviewRecord> interviews(@PathVariable String number) {
        return interviews.of(access.openFull(number, "interviews").customerId());
    }

    @Operation(summary = "Record an interview (REC-2): all six items are required; forbidden promises are flagged")
    @PostMapping("/{number}/interviews")
    @Created
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    ResponseEntity<InterviewRecord> recordInterview(@PathVariable String number,
            @Valid @RequestBody NewInterview request) {
        InterviewRecord recorded = interviews.record(number, request);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + number + "/interviews/" + recorded.id()))
                .body(recorded);
    }

    @GetMapping("/{number}/tasks")
    @Access(anyStaff = true, scope = DataScope.OWN_CUSTOMERS)
    List<TaskLine> tasks(@PathVariable String number) {
        return views.open(number).openTasks();
    }
}
