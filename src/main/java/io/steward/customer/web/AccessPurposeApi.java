package io.steward.customer.web;

import io.steward.customer.internal.AccessPurposes;
import io.steward.customer.internal.AccessPurposes.Purpose;
import io.steward.platform.web.Access;
import io.steward.platform.web.Created;
import io.steward.platform.web.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Compliance: purpose-bound access")
@RestController
class AccessPurposeApi {

    private final AccessPurposes purposes;

    AccessPurposeApi(AccessPurposes purposes) {
        this.purposes = purposes;
    }

    /** Why a compliance officer needs to read a customer record: the case it belongs to and the reason. */
    record Statement(@NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/_.-]{2,31}") String caseNumber,
            @NotBlank @Size(min = 10, max = 1000) String reason) {
    }

    @Operation(summary = "State a purpose: opens this customer's full record to the officer for a limited time")
    @PostMapping("/api/v1/customers/{number}/access-purposes")
    @Created
    @Access(roles = "COMPLIANCE", scope = DataScope.PURPOSE_BOUND)
    ResponseEntity<Purpose> state(@PathVariable String number, @Valid @RequestBody Statement statement) {
        Purpose purpose = purposes.state(number, statement.caseNumber(), statement.reason());
        return ResponseEntity.created(URI.create("/api/v1/access-purposes?customer=" + number)).body(purpose);
    }

    @Operation(summary = "Purposes stated by compliance officers, newest first: who read whom, when and why")
    @GetMapping("/api/v1/access-purposes")
    @Access(roles = "COMPLIANCE", scope = DataScope.BANK)
    List<Purpose> recent(@RequestParam(required = false) String officer,
            @RequestParam(required = false) String customer) {
        return purposes.recent(blankToNull(officer), blankToNull(customer));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
