package io.steward.reporting.internal;

import io.steward.access.Actors;
import io.steward.access.CurrentActor;
import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.organization.InstitutionTree;
import io.steward.organization.Role;
import io.steward.platform.DomainRefusal;
import io.steward.reporting.internal.CustomerExport.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PRIV-1: "no copying or export of customer data without an approved export" — and this is the only code that writes
 * customer-level rows into a file. A RETAIL_DIRECTOR or a COMPLIANCE officer requests an export of their institution
 * subtree's customers with a purpose and a reason; a COMPLIANCE officer who is not the requester approves or rejects
 * it (four eyes); the requester downloads it once, within a short window after approval (default 15 minutes). The
 * file is produced at that download and never again: every row and the header carry a watermark naming the
 * requester, the approver and the moment it was produced, so a copy found anywhere says where it came from. Every
 * step is audited, a refused download too.
 */
@Service
public class CustomerExports {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final JdbcClient jdbc;
    private final ReportQueries queries;
    private final InstitutionTree tree;
    private final Actors actors;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration downloadWindow;
    private final TransactionTemplate transactions;

    CustomerExports(JdbcClient jdbc, ReportQueries queries, InstitutionTree tree, Actors actors, AuditTrail audit,
            Clock clock, @Value("${steward.exports.download-window:15m}") Duration downloadWindow,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.tree = tree;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
        this.downloadWindow = downloadWindow;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** A produced file: its name and bytes (UTF-8 CSV). */
    public record ExportFile(String fileName, byte[] content) {
    }

    public Duration downloadWindow() {
        return downloadWindow;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Requests an export of the customers of the institution's subtree (the requester's own by default). */
    public CustomerExport request(String institutionCode, ExportPurpose purpose, String reason) {
        return transactions.execute(status -> {
            CurrentActor actor = actors.current();
            if (!actor.holds(Role.RETAIL_DIRECTOR) && !actor.holds(Role.COMPLIANCE)) {
                throw DomainRefusal.forbidden("export-request-role",
                        "Only a retail director or a compliance officer requests an export");
            }
            String code = institutionCode == null || institutionCode.isBlank() ? actor.institutionCode()
                    : institutionCode.strip();
            if (tree.find(code).isEmpty() || !tree.isWithin(code, actor.institutionCode())) {
                throw DomainRefusal.notFound("unknown-institution", "No institution " + code, code);
            }
            long id = jdbc.sql("""
                    insert into customer_export (institution_code, purpose, reason, requested_by, requested_at, status)
                    values (?, ?, ?, ?, ?, 'REQUESTED') returning id""")
                    .params(code, purpose.name(), reason.strip(), actor.username(), OffsetDateTime.now(clock))
                    .query(Long.class).single();
            audit.record(AuditEntry.of("EXPORT_REQUESTED", "customer-export", id, Map.of("institution", code,
                    "purpose", purpose.name(), "reason", reason.strip())));
            return find(id);
        });
    }

    /** Approves or rejects a request: a compliance officer, never the requester. */
    public CustomerExport decide(long id, boolean approve, String note) {
        return transactions.execute(status -> {
            CurrentActor actor = actors.current();
            CustomerExport export = locked(id);
            if (!actor.holds(Role.COMPLIANCE)) {
                throw DomainRefusal.forbidden("export-approver-role", "Only a compliance officer decides on an export");
            }
            if (export.requestedBy().equals(actor.username())) {
                throw DomainRefusal.forbidden("export-own-request",
                        "A second person decides on an export: not the one who requested it");
            }
            if (export.status() != Status.REQUESTED) {
                throw DomainRefusal.conflict("export-decided", "This export was decided already", id);
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            String cleanNote = note == null || note.isBlank() ? null : note.strip();
            jdbc.sql("""
                    update customer_export set status = ?, decided_by = ?, decided_at = ?, decision_note = ?,
                        download_until = ? where id = ?""")
                    .params(approve ? "APPROVED" : "REJECTED", actor.username(), now, cleanNote,
                            approve ? now.plus(downloadWindow) : null, id)
                    .update();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("requestedBy", export.requestedBy());
            details.put("note", cleanNote == null ? "" : cleanNote);
            if (approve) {
                details.put("downloadUntil", now.plus(downloadWindow).toInstant().toString());
            }
            audit.record(AuditEntry.of(approve ? "EXPORT_APPROVED" : "EXPORT_REJECTED", "customer-export", id, details));
            return find(id);
        });
    }

    /**
     * Produces the file of an approved export for its requester, once. A second attempt, a late one or one by anyone
     * else is refused, and the refusal is audited too.
     */
    public ExportFile download(long id) {
        try {
            return transactions.execute(status -> produce(id));
        } catch (DomainRefusal refusal) {
            if (refusal.kind() != DomainRefusal.Kind.NOT_FOUND) {
                transactions.executeWithoutResult(status -> audit.record(AuditEntry.of("EXPORT_DOWNLOAD_REFUSED",
                        "customer-export", id, Map.of("reason", refusal.code()))));
            }
            throw refusal;
        }
    }

    private ExportFile produce(long id) {
        CurrentActor actor = actors.current();
        CustomerExport export = locked(id);
        if (!export.requestedBy().equals(actor.username())) {
            throw DomainRefusal.forbidden("export-not-yours", "Only the requester downloads an export");
        }
        Instant now = clock.instant();
        switch (export.status()) {
            case REQUESTED -> throw DomainRefusal.conflict("export-not-approved", "This export is not approved yet", id);
            case REJECTED -> throw DomainRefusal.conflict("export-rejected", "This export was rejected", id);
            case DOWNLOADED -> throw DomainRefusal.conflict("export-downloaded",
                    "This export was downloaded already; a file is produced once", id);
            case APPROVED -> {
                if (!export.downloadableAt(now)) {
                    throw DomainRefusal.conflict("export-expired", "The download window of this export has closed", id);
                }
            }
        }
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<ReportQueries.ExportRow> rows = queries.exportRows(tree.subtree(export.institutionCode()), today);
        String watermark = "Steward export E" + id + " requested by " + export.requestedBy() + " approved by "
                + export.decidedBy() + " produced " + STAMP.format(now.atZone(clock.getZone()));
        byte[] content = csv(export, rows, watermark).getBytes(StandardCharsets.UTF_8);
        String sha256 = sha256(content);
        jdbc.sql("""
                update customer_export set status = 'DOWNLOADED', downloaded_at = ?, rows_exported = ?, file_sha256 = ?
                where id = ?""")
                .params(OffsetDateTime.ofInstant(now, clock.getZone()), rows.size(), sha256, id).update();
        audit.record(AuditEntry.of("EXPORT_DOWNLOADED", "customer-export", id, Map.of("rows", rows.size(),
                "sha256", sha256, "approvedBy", export.decidedBy(), "institution", export.institutionCode())));
        return new ExportFile("steward-export-E" + id + ".csv", content);
    }

    private static String csv(CustomerExport export, List<ReportQueries.ExportRow> rows, String watermark) {
        StringBuilder csv = new StringBuilder();
        csv.append("# CONFIDENTIAL customer data. ").append(watermark).append("\r\n");
        csv.append("# Purpose: ").append(export.purpose()).append(" - ")
                .append(export.reason().replaceAll("[\r\n]+", " ")).append("\r\n");
        csv.append("# Institution subtree: ").append(export.institutionCode()).append("; ").append(rows.size())
                .append(" customers\r\n");
        csv.append(Csv.line(List.of("customer_number", "full_name", "birth_date", "institution", "practitioner",
                "risk_level", "assessment_valid_through", "watermark")));
        for (ReportQueries.ExportRow row : rows) {
            csv.append(Csv.line(java.util.Arrays.asList(row.number(), row.fullName(), row.birthDate(),
                    row.institution(), row.practitioner(), row.riskLevel(), row.validThrough(), watermark)));
        }
        return csv.toString();
    }

    /** The requester sees their own requests; a compliance officer sees every request, to decide on them. */
    public List<CustomerExport> visible() {
        CurrentActor actor = actors.current();
        if (actor.holds(Role.COMPLIANCE)) {
            return jdbc.sql("select * from customer_export order by requested_at desc, id desc limit 200")
                    .query(CustomerExports::export).list();
        }
        return jdbc.sql("select * from customer_export where requested_by = ? order by requested_at desc, id desc limit 200")
                .param(actor.username()).query(CustomerExports::export).list();
    }

    /** One export as its requester or a compliance officer sees it; 404 for anyone else. */
    public CustomerExport get(long id) {
        CurrentActor actor = actors.current();
        CustomerExport export = find(id);
        if (!actor.holds(Role.COMPLIANCE) && !export.requestedBy().equals(actor.username())) {
            throw unknown(id);
        }
        return export;
    }

    private CustomerExport find(long id) {
        return jdbc.sql("select * from customer_export where id = ?").param(id).query(CustomerExports::export)
                .optional().orElseThrow(() -> unknown(id));
    }

    private CustomerExport locked(long id) {
        return jdbc.sql("select * from customer_export where id = ? for update").param(id)
                .query(CustomerExports::export).optional().orElseThrow(() -> unknown(id));
    }

    private static DomainRefusal unknown(long id) {
        return DomainRefusal.notFound("unknown-export", "No export " + id, id);
    }

    private static CustomerExport export(ResultSet rs, int row) throws SQLException {
        Integer rows = rs.getObject("rows_exported", Integer.class);
        return new CustomerExport(rs.getLong("id"), rs.getString("institution_code"),
                ExportPurpose.valueOf(rs.getString("purpose")), rs.getString("reason"), rs.getString("requested_by"),
                instant(rs.getTimestamp("requested_at")), Status.valueOf(rs.getString("status")),
                rs.getString("decided_by"), instant(rs.getTimestamp("decided_at")), rs.getString("decision_note"),
                instant(rs.getTimestamp("download_until")), instant(rs.getTimestamp("downloaded_at")),
                rows, rs.getString("file_sha256"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
