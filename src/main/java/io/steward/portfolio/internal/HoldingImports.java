package io.steward.portfolio.internal;

import io.steward.access.Actors;
import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.platform.DomainRefusal;
import io.steward.portfolio.PositionFeed;
import io.steward.product.ProductShelf;
import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holdings files from core banking: uploaded → checked as a whole (every bad line reported with its number and
 * reason) → applied in one transaction, or abandoned. A clean file is applied at once; a file with bad lines changes
 * nothing until the user chooses to apply its good lines (or asked for that with the upload). The states
 * ({@link ImportState}, with its moves) live in {@code holding_import}, so every node and page sees how far an import
 * got.
 *
 * <p>Who: an ADMIN (operations) receives the file from core banking and hands it to Steward; what Steward shows them
 * is counts, line numbers and reasons, never a line's content (an unknown product's code is the one value shown), so
 * handling the file does not open customer data to a role that holds none (DESIGN §1).
 */
@Service
public class HoldingImports implements PositionFeed {

    private static final String SELECT = """
            select i.id, i.file_name, i.sha256, i.state, i.lines, i.bad_lines, i.inserted, i.updated, i.unchanged,
                   i.skipped, i.uploaded_by, i.uploaded_at, i.decided_by, i.decided_at, i.failure,
                   (select min(s.id) from holding_import s where s.sha256 = i.sha256 and s.state = 'APPLIED' and s.id < i.id) as same_as
            from holding_import i""";

    private final JdbcClient jdbc;
    private final ImportStaging staging;
    private final ImportChecks checks;
    private final ImportApplication application;
    private final ProductShelf shelf;
    private final AuditTrail audit;
    private final Actors actors;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batchLines;

    HoldingImports(JdbcClient jdbc, ImportStaging staging, ImportChecks checks, ImportApplication application,
            ProductShelf shelf, AuditTrail audit, Actors actors, PlatformTransactionManager transactionManager,
            Clock clock, @Value("${steward.portfolio.import-batch-lines:200000}") int batchLines) {
        this.jdbc = jdbc;
        this.staging = staging;
        this.checks = checks;
        this.application = application;
        this.shelf = shelf;
        this.audit = audit;
        this.actors = actors;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.batchLines = batchLines;
    }

    @Override
    public Received receive(String fileName, InputStream csv, boolean applyValidLines) {
        HoldingImport done = upload(fileName, csv, applyValidLines);
        return new Received(done.id(), done.state().name(), done.lines(), done.badLines());
    }

    /** Stages and checks the file; applies it when it is clean or {@code applyValidLines}; the import as it ended. */
    public HoldingImport upload(String fileName, InputStream content, boolean applyValidLines) {
        String user = actors.current().username();
        String name = fileName == null || fileName.isBlank() ? "holdings.csv"
                : fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
        long id = transactions.execute(status -> jdbc.sql("""
                insert into holding_import (file_name, sha256, state, uploaded_by, uploaded_at)
                values (?, repeat('0', 64), 'UPLOADED', ?, ?) returning id""")
                .params(name, user, OffsetDateTime.now(clock)).query(Long.class).single());
        int bad;
        try {
            bad = transactions.execute(status -> {
                ImportStaging.Staged staged = staging.stage(id, content, LocalDate.now(clock));
                int badLines = checks.check(id, ShelfSnapshot.of(shelf).codes());
                jdbc.sql("""
                        update holding_import set state = 'VALIDATED', sha256 = ?, lines = ?, bad_lines = ?, validated_at = ?
                        where id = ?""")
                        .params(staged.sha256(), staged.lines(), badLines, OffsetDateTime.now(clock), id).update();
                audit.record(AuditEntry.of("HOLDINGS_IMPORT_CHECKED", "holding-import", id, Map.of(
                        "file", name, "sha256", staged.sha256(), "lines", staged.lines(), "badLines", badLines)));
                return badLines;
            });
        } catch (DomainRefusal refusal) {
            transactions.executeWithoutResult(status -> jdbc.sql("""
                    update holding_import set state = 'FAILED', failure = ?, decided_at = ? where id = ?""")
                    .params(refusal.code(), OffsetDateTime.now(clock), id).update());
            throw refusal;
        }
        if (bad == 0 || applyValidLines) {
            return apply(id, applyValidLines);
        }
        return find(id);
    }

    /** Applies the good lines of a checked import; with bad lines only when {@code validLinesOnly} says so. */
    public HoldingImport apply(long id, boolean validLinesOnly) {
        return apply(id, validLinesOnly, ImportApplication.Progress.NONE);
    }

    HoldingImport apply(long id, boolean validLinesOnly, ImportApplication.Progress progress) {
        String user = actors.current().username();
        transactions.executeWithoutResult(status -> {
            HoldingImport found = locked(id);
            ImportState applied = found.decide(ImportState.APPLIED, validLinesOnly);
            OffsetDateTime now = OffsetDateTime.now(clock);
            ImportApplication.Counts counts = application.apply(id, batchLines, now, progress);
            int unchanged = found.goodLines() - counts.inserted() - counts.updated();
            jdbc.sql("""
                    update holding_import set state = ?, inserted = ?, updated = ?, unchanged = ?, skipped = ?,
                        decided_by = ?, decided_at = ? where id = ?""")
                    .params(applied.name(), counts.inserted(), counts.updated(), unchanged, found.badLines(), user,
                            OffsetDateTime.now(clock), id)
                    .update();
            jdbc.sql("delete from holding_import_line where import_id = ?").param(id).update();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("sha256", found.sha256());
            details.put("lines", found.lines());
            details.put("inserted", counts.inserted());
            details.put("updated", counts.updated());
            details.put("unchanged", unchanged);
            details.put("skippedBadLines", found.badLines());
            audit.record(AuditEntry.of("HOLDINGS_IMPORTED", "holding-import", id, details));
        });
        return find(id);
    }

    /** Drops a checked import without changing any holding. */
    public HoldingImport abandon(long id) {
        String user = actors.current().username();
        transactions.executeWithoutResult(status -> {
            HoldingImport found = locked(id);
            ImportState abandoned = found.decide(ImportState.ABANDONED, false);
            jdbc.sql("update holding_import set state = ?, decided_by = ?, decided_at = ? where id = ?")
                    .params(abandoned.name(), user, OffsetDateTime.now(clock), id).update();
            jdbc.sql("delete from holding_import_line where import_id = ?").param(id).update();
            audit.record(AuditEntry.of("HOLDINGS_IMPORT_ABANDONED", "holding-import", id,
                    Map.of("badLines", found.badLines())));
        });
        return find(id);
    }

    public HoldingImport find(long id) {
        return jdbc.sql(SELECT + " where i.id = ?").param(id).query(HoldingImports::map).optional()
                .orElseThrow(() -> DomainRefusal.notFound("unknown-holdings-import", "No such import", id));
    }

    public List<HoldingImport> recent(int limit) {
        return jdbc.sql(SELECT + " order by i.id desc limit ?").param(limit).query(HoldingImports::map).list();
    }

    /** Bad lines in line order, a page at a time. */
    public List<ImportProblem> problems(long id, int afterLine, int limit) {
        return jdbc.sql("""
                select line_no, reason, detail from holding_import_problem
                where import_id = ? and line_no > ? order by line_no limit ?""")
                .params(id, afterLine, Math.clamp(limit, 1, 10_000))
                .query((rs, n) -> new ImportProblem(rs.getInt(1), rs.getString(2), rs.getString(3))).list();
    }

    private HoldingImport locked(long id) {
        jdbc.sql("select id from holding_import where id = ? for update").param(id).query(Long.class).optional()
                .orElseThrow(() -> DomainRefusal.notFound("unknown-holdings-import", "No such import", id));
        return find(id);
    }

    private static HoldingImport map(ResultSet rs, int row) throws SQLException {
        return new HoldingImport(rs.getLong("id"), rs.getString("file_name"), rs.getString("sha256"),
                ImportState.valueOf(rs.getString("state")), rs.getInt("lines"), rs.getInt("bad_lines"),
                integer(rs, "inserted"), integer(rs, "updated"), integer(rs, "unchanged"), integer(rs, "skipped"), rs.getString("uploaded_by"),
                instant(rs, "uploaded_at"), rs.getString("decided_by"), instant(rs, "decided_at"),
                rs.getString("failure"), rs.getObject("same_as") == null ? null : rs.getLong("same_as"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
