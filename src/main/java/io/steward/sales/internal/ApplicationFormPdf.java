package io.steward.sales.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Renders the application form as a PDF in English and Chinese. The Chinese face is Adobe's STSong (a standard
 * CJK font every PDF reader supplies), so customer names in Chinese print without embedding a font.
 */
final class ApplicationFormPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final BaseFont song;
    private final ZoneId zone;

    ApplicationFormPdf(ZoneId zone) {
        this.zone = zone;
        try {
            this.song = BaseFont.createFont("STSongStd-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("the CJK font of OpenPDF is missing", e);
        }
    }

    /** Latin text in Helvetica (searchable, copyable), Chinese characters in STSong. */
    private Phrase phrase(String value, float size, int style) {
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(Font.HELVETICA, size, style));
        selector.addFont(new Font(song, size, style));
        return selector.process(value);
    }

    byte[] render(ApplicationForm form) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle("Application form " + form.caseNumber());
        document.addCreator("Steward");
        document.open();
        Paragraph heading = new Paragraph(phrase("委托理财产品交易申请书 / Application for an entrusted wealth-management product transaction", 14, Font.BOLD));
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(12);
        document.add(heading);

        PdfPTable table = new PdfPTable(new float[] {2, 5});
        table.setWidthPercentage(100);
        row(table, "案件编号 Case", form.caseNumber());
        row(table, "客户 Customer", form.customerName() + " (" + form.customerNumber() + ")");
        row(table, "产品 Product", form.productName() + " (" + form.productCode() + ", " + form.productRisk() + ")");
        row(table, "金额 Amount", form.amount().toPlainString() + " " + form.currency());
        row(table, "资金 Fund", form.fundPurpose() + ", needed back on " + form.fundNeededBackOn());
        row(table, "理财人员 Practitioner", form.practitioner());
        row(table, "政策结论 Decision", form.outcome() + " · policy " + form.policyVersion());
        row(table, "规则 Rules", String.join(", ", form.ruleIds()));
        row(table, "条件 Conditions", form.conditions().isEmpty() ? "—" : String.join(", ", form.conditions()));
        row(table, "客户确认 Customer confirmed", time(form.customerConfirmedAt()));
        row(table, "见证人 Witness", form.witness() == null ? "—" : form.witness() + " · " + time(form.witnessedAt()));
        row(table, "录音录像 Recordings (SHA-256)", lines(form.evidenceHashes()));
        row(table, "提交时间 Submitted", time(form.submittedAt()));
        document.add(table);

        if (!form.statements().isEmpty()) {
            Paragraph statements = new Paragraph(phrase("客户声明 / The customer's statements", 9, Font.BOLD));
            statements.setSpacingBefore(12);
            document.add(statements);
            for (String statement : form.statements()) {
                document.add(new Paragraph(phrase("\"" + statement + "\"", 9, Font.NORMAL)));
            }
        }
        document.close();
        return out.toByteArray();
    }

    private void row(PdfPTable table, String name, String value) {
        PdfPCell key = new PdfPCell(phrase(name, 9, Font.BOLD));
        key.setPadding(4);
        PdfPCell content = new PdfPCell(phrase(value, 9, Font.NORMAL));
        content.setPadding(4);
        table.addCell(key);
        table.addCell(content);
    }

    private String time(java.time.Instant instant) {
        return instant == null ? "—" : TIME.format(instant.atZone(zone));
    }

    private static String lines(List<String> values) {
        return values.isEmpty() ? "—" : String.join("\n", values);
    }
}
