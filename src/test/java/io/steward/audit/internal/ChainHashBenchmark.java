package io.steward.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The ceiling of audit verification on one core: raw SHA-256 over an input the size of a typical event, and the
 * chain's own link computation (length-prefixed fields, UTF-8, hex) over the same event.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ChainHashBenchmark {

    private static final String PREV = "9f2c6ad4b1e07f3c5a8d2e6b4f1c0a9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b";
    private final String details = CanonicalJson.write(Map.of("customer", "C00001234", "product", "P-STEADY-90",
            "amount", 250000, "decision", "ALLOWED_WITH_CONDITIONS", "rules", java.util.List.of("ELDER-2", "REC-1")));
    private MessageDigest sha256;
    private ChainHash chain;
    private byte[] raw;

    @Setup
    public void setUp() throws NoSuchAlgorithmException {
        sha256 = MessageDigest.getInstance("SHA-256");
        chain = new ChainHash();
        raw = (PREV + "|12345|1764389000123456|wang|SALE_CASE_OPENED|sales-case|S000123|" + details)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public byte[] rawSha256OfOneEvent() {
        return sha256.digest(raw);
    }

    @Benchmark
    public String chainLinkOfOneEvent() {
        return chain.of(PREV, 12345, 1764389000123456L, "wang", "SALE_CASE_OPENED", "sales-case", "S000123", details);
    }
}
