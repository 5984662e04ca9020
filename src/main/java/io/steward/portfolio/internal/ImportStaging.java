package io.steward.portfolio.internal;

import io.steward.platform.DomainRefusal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Streams a holdings file into the staging table: one line read, checked and written to a PostgreSQL COPY at a time,
 * so a file of millions of lines takes the memory of one line and a buffer. The SHA-256 of the bytes is taken on the
 * way. Runs in the caller's transaction (the COPY uses its connection).
 */
@Component
class ImportStaging {

    private static final int BUFFER = 1 << 16;

    private final DataSource dataSource;

    ImportStaging(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    record Staged(String sha256, int lines, int badLines) {
    }

    Staged stage(long importId, InputStream content, LocalDate today) {
        MessageDigest sha256 = sha256();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new DigestInputStream(content, sha256),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), BUFFER)) {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy holding_import_line (import_id, line_no, customer_number, product_code, fund_id, units, cost,
                        market_value, valuation_date, problem, problem_detail) from stdin""");
            int lines = 0;
            int bad = 0;
            try {
                CopyRows rows = new CopyRows(copy);
                boolean header = false;
                int lineNo = 0;
                String text;
                while ((text = reader.readLine()) != null) {
                    lineNo++;
                    if (text.isBlank()) {
                        continue;
                    }
                    if (!header) {
                        if (!HoldingsCsv.isHeader(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
                            throw headerMissing();
                        }
                        header = true;
                        continue;
                    }
                    HoldingsCsv.Line line = HoldingsCsv.parse(lineNo, text, today);
                    rows.write(importId, line);
                    lines++;
                    if (line.problem() != null) {
                        bad++;
                    }
                }
                if (!header) {
                    throw headerMissing();
                }
                rows.flush();
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            return new Staged(HexFormat.of().formatHex(sha256.digest()), lines, bad);
        } catch (CharacterCodingException e) {
            throw DomainRefusal.invalid("holdings-file-encoding", "The file is not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not stage the holdings file", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static DomainRefusal headerMissing() {
        return DomainRefusal.invalid("holdings-file-header", "The first line must be the header", HoldingsCsv.HEADER);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PostgreSQL's COPY text format, written in 64 KB pieces. */
    private static final class CopyRows {

        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(BUFFER + 1024);

        CopyRows(CopyIn copy) {
            this.copy = copy;
        }

        void write(long importId, HoldingsCsv.Line line) throws SQLException {
            buffer.append(importId).append('\t').append(line.lineNo());
            field(line.customerNumber());
            field(line.productCode());
            field(line.fundId());
            field(line.units() == null ? null : line.units().toPlainString());
            field(line.cost() == null ? null : line.cost().toPlainString());
            field(line.marketValue() == null ? null : line.marketValue().toPlainString());
            field(line.valuationDate());
            field(line.problem());
            field(line.detail());
            buffer.append('\n');
            if (buffer.length() >= BUFFER) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (!buffer.isEmpty()) {
                byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                buffer.setLength(0);
            }
        }

        private void field(Object value) {
            buffer.append('\t');
            if (value == null) {
                buffer.append("\\N");
                return;
            }
            String text = value.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    default -> buffer.append(c);
                }
            }
        }
    }
}
