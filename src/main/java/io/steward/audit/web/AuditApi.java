package io.steward.audit.web;

import io.steward.audit.AuditRecord;
import io.steward.audit.AuditTrail;
import io.steward.audit.AuditTrail.AuditQuery;
import io.steward.audit.ChainVerification;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Audit trail")
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    @Operation(summary = "Walk the whole chain and name the first broken link, if any")
    @GetMapping("/verify")
    @Access(roles = "COMPLIANCE", scope = DataScope.BANK)
    ChainVerification verify() {
        return trail.verify();
    }

    @Operation(summary = "Events, newest first, filtered by type, actor or subject")
    @GetMapping("/events")
    @Access(roles = "COMPLIANCE", scope = DataScope.BANK)
    List<AuditRecord> events(@RequestParam(required = false) String type,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String subjectType,
            @RequestParam(required = false) String subjectId,
            @RequestParam(required = false) Long before,
            @RequestParam(defaultValue = "100") int limit) {
        return trail.recent(new AuditQuery(type, actor, subjectType, subjectId, before, limit));
    }
}
