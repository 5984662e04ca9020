package io.steward.sales.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Every event of a case lands in two places: the case's own timeline and the audit trail ({@code SALE_<step>}). */
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

    void record(SalesCase sale, CaseEvent event, String actor) {
        Map<String, Object> details = event.details();
        cases.step(sale.id(), event, actor, json.writeValueAsString(details));
        Map<String, Object> audited = new LinkedHashMap<>(details);
        audited.put("from", event.from() == null ? "-" : event.from().name());
        audited.put("to", event.to().name());
        audit.record(AuditEntry.of("SALE_" + event.step(), "sales-case", sale.number(), audited).by(actor));
    }

    void record(SalesCase sale, List<CaseEvent> events, String actor) {
        events.forEach(event -> record(sale, event, actor));
    }
}
