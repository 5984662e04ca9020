package io.steward.reporting.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Comma-separated values as RFC 4180 writes them, with one precaution for files opened in a spreadsheet: a text that
 * a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) is written with a
 * leading apostrophe.
 */
public final class Csv {

    private Csv() {
    }

    public static String line(List<?> values) {
        return values.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = String.valueOf(value);
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9.]+")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
