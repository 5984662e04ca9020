package io.steward.portfolio.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.customer.CustomerAccess;
import io.steward.customer.CustomerBook;
import io.steward.customer.CustomerFacts;
import io.steward.platform.DocumentStore;
import io.steward.platform.DocumentStore.StoredDocument;
import io.steward.platform.DocumentType;
import io.steward.portfolio.PortfolioAnalysis;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio report handed to the customer through their practitioner: previewed (an audited read of the record),
 * then handed over — the PDF kept in the document store and the hand-over recorded ({@code
 * PORTFOLIO_REPORT_HANDED_OVER}, with the document's SHA-256), so what the customer was given can be shown later.
 */
@Service
public class PortfolioReports {

    public record HandedOver(String reference, String sha256) {
    }

    private final CustomerAccess access;
    private final CustomerBook customers;
    private final PortfolioAnalyser analyser;
    private final DocumentStore documents;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    PortfolioReports(CustomerAccess access, CustomerBook customers, PortfolioAnalyser analyser, DocumentStore documents,
            AuditTrail audit, MessageSource messages, Clock clock) {
        this.access = access;
        this.customers = customers;
        this.analyser = analyser;
        this.documents = documents;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public byte[] preview(String customerNumber) {
        return render(access.openFull(customerNumber, "portfolio-report").customerId());
    }

    @Transactional
    public HandedOver handOver(String customerNumber) {
        var grant = access.openFull(customerNumber, "portfolio-report");
        CustomerFacts customer = customers.facts(grant.customerId()).orElseThrow();
        PortfolioAnalysis analysis = analyser.analyse(customer, LocalDate.now(clock));
        byte[] pdf = new PortfolioReportPdf(messages, LocaleContextHolder.getLocale()).render(analysis, grant.actor());
        StoredDocument stored = documents.store("portfolio-reports",
                customer.number() + "-portfolio-" + analysis.day() + ".pdf", new ByteArrayInputStream(pdf),
                pdf.length + 1L, DocumentType.PDF);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("document", stored.reference());
        details.put("sha256", stored.sha256());
        details.put("holdings", analysis.positions().size());
        details.put("mismatches", analysis.mismatches().stream().map(m -> m.kind().name()).distinct().sorted().toList());
        details.put("suggestions", analysis.suggestions().size());
        details.put("policyVersion", analysis.policyVersion());
        audit.record(AuditEntry.of("PORTFOLIO_REPORT_HANDED_OVER", "customer", customer.number(), details));
        return new HandedOver(stored.reference(), stored.sha256());
    }

    private byte[] render(long customerId) {
        CustomerFacts customer = customers.facts(customerId).orElseThrow();
        PortfolioAnalysis analysis = analyser.analyse(customer, LocalDate.now(clock));
        return new PortfolioReportPdf(messages, LocaleContextHolder.getLocale()).render(analysis, customer.practitioner());
    }
}
