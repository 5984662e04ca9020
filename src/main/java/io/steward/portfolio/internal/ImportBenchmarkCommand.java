package io.steward.portfolio.internal;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar steward.jar --holdings-import-bench [--lines=N]}: the import throughput on a synthetic bank. Writes
 * a holdings file of N lines (default 1,000,000) revaluing positions the bank holds, imports it as operations
 * ({@code admin}) — every line an update — then imports the very same file again (every line unchanged), and prints
 * lines per second for each, with the time spent staging and checking apart from applying.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "steward.command", havingValue = "holdings-import-bench")
class ImportBenchmarkCommand implements ApplicationRunner, ExitCodeGenerator {

    private final HoldingImports imports;
    private final JdbcClient jdbc;
    private final Clock clock;
    private int exitCode = 1;

    ImportBenchmarkCommand(HoldingImports imports, JdbcClient jdbc, Clock clock) {
        this.imports = imports;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        List<String> given = args.getOptionValues("lines");
        int lines = given == null || given.isEmpty() ? 1_000_000 : Integer.parseInt(given.getFirst().replace("_", ""));
        Path file = Files.createTempFile("holdings-", ".csv");
        try {
            int written = write(file, lines);
            System.out.printf("holdings file: %,d lines, %,d bytes%n", written, Files.size(file));
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
            for (String label : new String[] {"first import (revaluations)", "same file again"}) {
                long started = System.nanoTime();
                HoldingImport done;
                try (InputStream content = Files.newInputStream(file)) {
                    done = imports.upload(file.getFileName().toString(), content, false);
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                Map<String, Object> times = jdbc.sql("""
                        select extract(epoch from validated_at - uploaded_at) as checked,
                               extract(epoch from decided_at - validated_at) as applied
                        from holding_import where id = ?""").param(done.id()).query().singleRow();
                System.out.printf("%s: %,d lines in %.1f s = %,.0f lines/s (stage and check %.1f s, apply %.1f s); "
                                + "%s: %d new, %d updated, %d unchanged, %d bad%n", label, done.lines(), seconds,
                        done.lines() / seconds, ((Number) times.get("checked")).doubleValue(),
                        ((Number) times.get("applied")).doubleValue(), done.state(), done.inserted(), done.updated(),
                        done.unchanged(), done.badLines());
            }
            exitCode = 0;
        } finally {
            SecurityContextHolder.clearContext();
            Files.deleteIfExists(file);
        }
    }

    /** The first {@code lines} positions of the bank, valued 1 % higher today. */
    private int write(Path file, int lines) throws Exception {
        LocalDate today = LocalDate.now(clock);
        int[] count = {0};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HoldingsCsv.HEADER);
            out.newLine();
            jdbc.sql("""
                    select c.number, h.product_code, h.fund_id, h.units, h.cost, round(h.market_value * 1.01, 2)
                    from holding h join portfolio_customer c on c.id = h.customer_id
                    order by h.customer_id, h.product_code, h.fund_id limit ?""")
                    .param(lines)
                    .query((ResultSet rs) -> {
                        try {
                            out.write(rs.getString(1) + "," + rs.getString(2) + "," + rs.getLong(3) + ","
                                    + rs.getBigDecimal(4).toPlainString() + "," + rs.getBigDecimal(5).toPlainString() + ","
                                    + rs.getBigDecimal(6).toPlainString() + "," + today);
                            out.newLine();
                            count[0]++;
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
        }
        return count[0];
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
