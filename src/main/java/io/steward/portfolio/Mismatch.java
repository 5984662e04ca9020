package io.steward.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One mismatch of one customer: its kind, its subject (the product, the issuer, or {@code *} for the whole
 * portfolio), the fund where the fund matters (0 otherwise), the values its message shows ({@code args}, for the key
 * {@code portfolio.mismatch.<kind>}) and the amount concerned. {@code firstSeenOn} is the day a scan first found it
 * ({@code null} when it was just computed and no scan has recorded it yet).
 */
public record Mismatch(MismatchKind kind, String subject, long fundId, List<String> args, BigDecimal amount,
        LocalDate firstSeenOn) {

    public Mismatch {
        args = List.copyOf(args);
    }

    public String messageKey() {
        return "portfolio.mismatch." + kind.name();
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
