package io.steward.sales.internal;

import io.steward.access.CurrentActor;
import io.steward.platform.DocumentStore;
import io.steward.platform.DocumentType;
import io.steward.sales.CaseState;
import java.io.InputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * REC-1: the audio/video recording of a sale to a customer aged 65+ or an override sale, kept as evidence: its type
 * is checked from its bytes, its size against the limit, and its SHA-256 goes into the audit trail.
 */
@Service
public class EvidenceIntake {

    private final Practitioners practitioners;
    private final SalesCaseRepository cases;
    private final CaseJournal journal;
    private final DocumentStore documents;
    private final long maxBytes;

    EvidenceIntake(Practitioners practitioners, SalesCaseRepository cases, CaseJournal journal, DocumentStore documents,
            @Value("${steward.sales.max-recording-mb:200}") long maxMegabytes) {
        this.practitioners = practitioners;
        this.cases = cases;
        this.journal = journal;
        this.documents = documents;
        this.maxBytes = maxMegabytes * 1024 * 1024;
    }

    @Transactional
    public CaseState attach(String number, String filename, InputStream content) {
        CurrentActor practitioner = practitioners.certified();
        SalesCase sale = cases.lockForMove(number);
        sale.requirePractitioner(practitioner.username());
        CaseEvent.EvidenceAttached attached = sale.evidenceAttached(() -> {
            DocumentStore.StoredDocument stored = documents.store("recordings", filename, content, maxBytes,
                    DocumentType.RECORDINGS);
            return new CaseEvent.Recording(stored.reference(), filename, stored.type().mediaType(), stored.size(),
                    stored.sha256());
        });
        cases.addEvidence(sale.id(), attached.recording(), practitioner.username());
        cases.save(sale);
        journal.record(sale, attached, practitioner.username());
        return sale.state();
    }
}
