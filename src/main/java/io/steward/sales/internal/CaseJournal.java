package io.steward.sales.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Every move of a case lands in two places: the case's own timeline and the audit trail. */
@Component
class CaseJournal {

    private final SalesCaseRepository cases;
    private final AuditTrail audit;
    private final JsonMapper json;

    CaseJournal(SalesCaseRepository cases, AuditTrail audit, JsonMapper json) {
        this.cases = cases;
        this.audit = audit;
        this.json = json;
    }

    void record(long caseId, String number, SalesCase.Move move, String actor, Map<String, ?> details) {
        cases.step(caseId, move, actor, json.writeValueAsString(details));
        Map<String, Object> event = new LinkedHashMap<>(details);
        event.put("from", move.from() == null ? "-" : move.from().name());
        event.put("to", move.to().name());
        audit.record(AuditEntry.of("SALE_" + move.step(), "sales-case", number, event).by(actor));
    }
}
