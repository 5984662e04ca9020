package io.steward.audit.internal;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes audit details as canonical JSON: keys sorted, no whitespace, numbers in plain notation, dates and enums
 * as strings. The same details always give the same bytes, which is what the chain hashes.
 */
final class CanonicalJson {

    private CanonicalJson() {
    }

    static String write(Map<String, ?> details) {
        StringBuilder out = new StringBuilder(64 + details.size() * 24);
        value(details, out);
        return out.toString();
    }

    private static void value(Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : new TreeMap<>(stringKeys(map)).entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    string(String.valueOf(entry.getKey()), out);
                    out.append(':');
                    value(entry.getValue(), out);
                }
                out.append('}');
            }
            case Collection<?> list -> {
                out.append('[');
                boolean first = true;
                for (Object item : list) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    value(item, out);
                }
                out.append(']');
            }
            case Boolean b -> out.append(b);
            case BigDecimal d -> out.append(d.toPlainString());
            case Integer i -> out.append(i);
            case Long l -> out.append(l);
            case Number n -> string(n.toString(), out);
            case Enum<?> e -> string(e.name(), out);
            case TemporalAccessor t -> string(t.toString(), out);
            default -> string(value.toString(), out);
        }
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> keyed = new TreeMap<>();
        map.forEach((k, v) -> keyed.put(String.valueOf(k), v));
        return keyed;
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
