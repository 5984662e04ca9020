package io.steward.audit.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditRecord;
import io.steward.audit.AuditTrail;
import io.steward.audit.ChainVerification;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trail: an append joins the caller's transaction when there is one (the event exists exactly when the change
 * it records was committed); otherwise it is committed with whatever else is waiting ({@link GroupCommit}) before
 * the call returns.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

    private static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final ChainAppender appender;
    private final GroupCommit groupCommit;
    private final ChainVerifier verifier;
    private final TransactionTemplate transactions;

    JdbcAuditTrail(JdbcClient jdbc, ChainAppender appender, GroupCommit groupCommit, ChainVerifier verifier,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.appender = appender;
        this.groupCommit = groupCommit;
        this.verifier = verifier;
        this.transactions = transactions;
    }

    @Override
    public AuditRecord record(AuditEntry entry) {
        AuditEntry attributed = attributed(entry);
        return TransactionSynchronizationManager.isActualTransactionActive()
                ? appender.append(List.of(attributed)).getFirst()
                : groupCommit.commit(attributed);
    }

    @Override
    public AuditRecord recordRead(AuditEntry entry) {
        // A transaction that already appended holds the chain head until it ends: waiting for the group commit would
        // wait for ourselves, so the read joins that transaction instead.
        return ChainAppender.chainLockedByThisTransaction()
                ? appender.append(List.of(attributed(entry))).getFirst()
                : groupCommit.commit(attributed(entry));
    }

    @Override
    public List<AuditRecord> recordAll(List<AuditEntry> entries) {
        List<AuditEntry> attributed = entries.stream().map(JdbcAuditTrail::attributed).toList();
        return TransactionSynchronizationManager.isActualTransactionActive()
                ? appender.append(attributed)
                : transactions.execute(status -> appender.append(attributed));
    }

    @Override
    public ChainVerification verify() {
        return verifier.verify();
    }

    @Override
    public List<AuditRecord> eventsAbout(String subjectType, String subjectId, int limit) {
        return recent(new AuditQuery(null, null, subjectType, subjectId, null, limit));
    }

    @Override
    public List<AuditRecord> recent(AuditQuery query) {
        return jdbc.sql("""
                select seq, occurred_at, actor, event_type, subject_type, subject_id, details, prev_hash, hash
                from audit_event
                where (cast(:type as varchar) is null or event_type = :type)
                  and (cast(:actor as varchar) is null or actor = :actor)
                  and (cast(:subjectType as varchar) is null or subject_type = :subjectType)
                  and (cast(:subjectId as varchar) is null or subject_id = :subjectId)
                  and (cast(:beforeSeq as bigint) is null or seq < :beforeSeq)
                order by seq desc
                limit :limit""")
                .param("type", query.type())
                .param("actor", query.actor())
                .param("subjectType", query.subjectType())
                .param("subjectId", query.subjectId())
                .param("beforeSeq", query.beforeSeq())
                .param("limit", query.limit())
                .query((rs, n) -> new AuditRecord(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9)))
                .list();
    }

    private static AuditEntry attributed(AuditEntry entry) {
        return entry.actor() != null ? entry : entry.by(currentActor());
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication.getName() == null) {
            return SYSTEM;
        }
        return authentication instanceof AnonymousAuthenticationToken ? "anonymous" : authentication.getName();
    }
}
