package io.steward.portfolio.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The holdings file of core banking, one position per line (see {@code docs/portfolio.md}):
 *
 * <pre>customer_number,product_code,fund_id,units,cost,market_value,valuation_date
 * C10000001,FI-365D,42,100000.0000,100000.00,101250.00,2026-06-30</pre>
 *
 * UTF-8 (a byte-order mark is ignored), comma-separated, any field may be in double quotes ({@code ""} for a quote
 * inside), a record on one line, blank lines ignored. Units have at most 4 decimals, amounts at most 2, with a point
 * and no thousands separators; dates are ISO ({@code yyyy-MM-dd}). This class checks each line on its own (shape,
 * formats, signs, a valuation date not after today); what needs the database (does the customer, the product, the
 * fund exist, is the fund the customer's, is the key repeated) is checked for the whole file at once in SQL.
 */
final class HoldingsCsv {

    static final String HEADER = "customer_number,product_code,fund_id,units,cost,market_value,valuation_date";
    private static final int COLUMNS = 7;
    private static final Pattern CUSTOMER = Pattern.compile("C\\d{8}");
    private static final Pattern FUND = Pattern.compile("\\d{1,18}");
    private static final Pattern UNITS = Pattern.compile("-?\\d{1,16}(\\.\\d{1,4})?");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,16}(\\.\\d{1,2})?");

    private HoldingsCsv() {
    }

    /** A line as staged: its values, or the first problem found and no values. */
    record Line(int lineNo, String customerNumber, String productCode, Long fundId, BigDecimal units, BigDecimal cost,
            BigDecimal marketValue, LocalDate valuationDate, String problem, String detail) {

        static Line bad(int lineNo, String problem, String detail) {
            return new Line(lineNo, null, null, null, null, null, null, null, problem, detail);
        }
    }

    static boolean isHeader(String line) {
        return line.strip().replace("\"", "").replace(" ", "").toLowerCase(Locale.ROOT).equals(HEADER);
    }

    static Line parse(int lineNo, String text, LocalDate today) {
        List<String> fields = split(text);
        if (fields == null) {
            return Line.bad(lineNo, "QUOTES", null);
        }
        if (fields.size() != COLUMNS) {
            return Line.bad(lineNo, "COLUMNS", String.valueOf(fields.size()));
        }
        String customer = fields.get(0).strip();
        if (!CUSTOMER.matcher(customer).matches()) {
            return Line.bad(lineNo, "CUSTOMER_NUMBER", null);
        }
        String product = fields.get(1).strip();
        if (product.isEmpty() || product.length() > 32) {
            return Line.bad(lineNo, "PRODUCT_CODE", null);
        }
        String fund = fields.get(2).strip();
        if (!FUND.matcher(fund).matches() || Long.parseLong(fund) == 0) {
            return Line.bad(lineNo, "FUND_ID", null);
        }
        BigDecimal units = number(fields.get(3), UNITS);
        if (units == null) {
            return Line.bad(lineNo, "UNITS", null);
        }
        BigDecimal cost = number(fields.get(4), AMOUNT);
        if (cost == null) {
            return Line.bad(lineNo, "COST", null);
        }
        BigDecimal value = number(fields.get(5), AMOUNT);
        if (value == null) {
            return Line.bad(lineNo, "MARKET_VALUE", null);
        }
        if (units.signum() < 0 || cost.signum() < 0 || value.signum() < 0) {
            return Line.bad(lineNo, "NEGATIVE", units.signum() < 0 ? "units" : cost.signum() < 0 ? "cost" : "market_value");
        }
        LocalDate valuationDate;
        try {
            valuationDate = LocalDate.parse(fields.get(6).strip());
        } catch (DateTimeParseException e) {
            return Line.bad(lineNo, "VALUATION_DATE", null);
        }
        if (valuationDate.isAfter(today)) {
            return Line.bad(lineNo, "FUTURE_DATE", valuationDate.toString());
        }
        return new Line(lineNo, customer, product, Long.parseLong(fund), units, cost, value, valuationDate, null, null);
    }

    private static BigDecimal number(String field, Pattern pattern) {
        String text = field.strip();
        return pattern.matcher(text).matches() ? new BigDecimal(text) : null;
    }

    /** The fields of a line; null when its quotes do not close. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>(COLUMNS);
        StringBuilder field = new StringBuilder();
        int i = 0;
        int length = line.length();
        while (true) {
            field.setLength(0);
            while (i < length && line.charAt(i) == ' ') {
                i++;
            }
            if (i < length && line.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < length) {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < length && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (!closed) {
                    return null;
                }
                while (i < length && line.charAt(i) == ' ') {
                    i++;
                }
                if (i < length && line.charAt(i) != ',') {
                    return null;
                }
            } else {
                while (i < length && line.charAt(i) != ',') {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        return null;
                    }
                    field.append(c);
                }
            }
            fields.add(field.toString());
            if (i >= length) {
                return fields;
            }
            i++; // the comma
        }
    }
}
