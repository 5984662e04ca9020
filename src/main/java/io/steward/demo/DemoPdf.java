package io.steward.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small, valid one-page PDF with a few lines of text (Helvetica, ASCII): enough for a demo brochure that any PDF
 * reader opens. The cross-reference table carries the exact byte offsets, as the format requires.
 */
final class DemoPdf {

    private DemoPdf() {
    }

    static byte[] of(List<String> lines) {
        StringBuilder text = new StringBuilder("BT /F1 12 Tf 16 TL 56 780 Td\n");
        boolean first = true;
        for (String line : lines) {
            text.append(first ? "/F1 16 Tf " : "/F1 11 Tf ").append('(').append(escape(line)).append(") Tj T*\n");
            first = false;
        }
        text.append("ET");
        String stream = text.toString();
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Length " + stream.getBytes(StandardCharsets.US_ASCII).length + " >>\nstream\n" + stream + "\nendstream");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    private static String escape(String line) {
        StringBuilder escaped = new StringBuilder();
        for (char c : line.toCharArray()) {
            if (c == '(' || c == ')' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c >= 32 && c < 127) {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
