package io.steward.portfolio.internal;

import io.steward.portfolio.Mismatch;
import io.steward.portfolio.PortfolioAnalysis;
import io.steward.portfolio.PortfolioAnalysis.Dimension;
import io.steward.portfolio.PortfolioAnalysis.Position;
import io.steward.portfolio.PortfolioAnalysis.Slice;
import io.steward.portfolio.PortfolioAnalysis.Suggestion;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;

/**
 * The customer's portfolio report as a PDF, in the reader's language: the summary (value, weighted risk against the
 * level), the four allocations as bar charts drawn with PDF vector primitives (no browser, no image library), the
 * holdings, the mismatches and the suggested switches. Chinese text prints in Adobe's STSong, which every PDF reader
 * supplies.
 */
final class PortfolioReportPdf {

    private static final Color[] PALETTE = {new Color(0x5470c6), new Color(0x91cc75), new Color(0xfac858),
            new Color(0xee6666), new Color(0x73c0de), new Color(0x3ba272)};
    private static final float CHART_WIDTH = 240;

    private final MessageSource messages;
    private final Locale locale;
    private final BaseFont song;

    PortfolioReportPdf(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        try {
            this.song = BaseFont.createFont("STSongStd-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("the CJK font of OpenPDF is missing", e);
        }
    }

    byte[] render(PortfolioAnalysis p, String practitioner) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(text("portfolio.report.title") + " " + p.customerNumber());
        document.addCreator("Steward");
        document.open();
        Paragraph heading = new Paragraph(phrase(text("portfolio.report.title"), 15, Font.BOLD));
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(8);
        document.add(heading);
        document.add(new Paragraph(phrase(text("portfolio.report.customer", p.customerName(), p.customerNumber(), p.day(),
                practitioner), 9, Font.NORMAL)));
        document.add(new Paragraph(phrase(text("portfolio.report.summary", money(p.totalValue()),
                p.weightedRisk() == null ? "-" : p.weightedRisk().toPlainString(),
                p.level() == null ? "-" : p.level().name(),
                p.assessmentValidThrough() == null ? "-" : p.assessmentValidThrough().toString(), p.policyVersion()),
                9, Font.NORMAL)));

        PdfPTable charts = new PdfPTable(2);
        charts.setWidthPercentage(100);
        charts.setSpacingBefore(10);
        for (Dimension dimension : Dimension.values()) {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(0);
            cell.addElement(new Paragraph(phrase(text("portfolio.allocation." + dimension.name()), 9, Font.BOLD)));
            cell.addElement(chart(writer, dimension, p.allocation(dimension)));
            charts.addCell(cell);
        }
        document.add(charts);

        document.add(section(text("portfolio.holdings")));
        PdfPTable holdings = new PdfPTable(new float[] {3, 1, 1.2f, 1.6f, 1.6f, 1.4f, 1});
        holdings.setWidthPercentage(100);
        for (String key : List.of("portfolio.product", "portfolio.risk", "portfolio.fund", "portfolio.cost",
                "portfolio.market-value", "portfolio.matures-on", "portfolio.share")) {
            holdings.addCell(cell(text(key), Font.BOLD));
        }
        for (Position position : p.positions()) {
            holdings.addCell(cell(position.productName() + " (" + position.holding().productCode() + ")", Font.NORMAL));
            holdings.addCell(cell(position.riskLevel().name(), Font.NORMAL));
            holdings.addCell(cell("#" + position.holding().fundId(), Font.NORMAL));
            holdings.addCell(cell(money(position.holding().cost()), Font.NORMAL));
            holdings.addCell(cell(money(position.holding().marketValue()), Font.NORMAL));
            holdings.addCell(cell(position.maturesOn() == null ? text("portfolio.maturity.OPEN_ENDED")
                    : position.maturesOn().toString(), Font.NORMAL));
            holdings.addCell(cell(percent(position.share()), Font.NORMAL));
        }
        document.add(holdings);

        document.add(section(text("portfolio.mismatches")));
        if (p.mismatches().isEmpty()) {
            document.add(new Paragraph(phrase(text("portfolio.mismatches.none"), 9, Font.NORMAL)));
        }
        for (Mismatch mismatch : p.mismatches()) {
            document.add(new Paragraph(phrase("• " + messages.getMessage(mismatch.messageKey(), mismatch.arguments(), locale),
                    9, Font.NORMAL)));
        }
        document.add(section(text("portfolio.suggestions")));
        if (p.suggestions().isEmpty()) {
            document.add(new Paragraph(phrase(text("portfolio.suggestions.none"), 9, Font.NORMAL)));
        }
        for (Suggestion suggestion : p.suggestions()) {
            document.add(new Paragraph(phrase("• " + messages.getMessage(suggestion.messageKey(), suggestion.arguments(), locale), 9, Font.NORMAL)));
        }
        Paragraph note = new Paragraph(phrase(text("portfolio.report.note"), 8, Font.ITALIC));
        note.setSpacingBefore(12);
        document.add(note);
        document.close();
        return out.toByteArray();
    }

    /** Horizontal bars, one per slice, with its label and share, drawn into a template placed as an image. */
    private Image chart(PdfWriter writer, Dimension dimension, List<Slice> slices) {
        float rowHeight = 16;
        float height = Math.max(1, slices.size()) * rowHeight + 6;
        PdfTemplate template = writer.getDirectContent().createTemplate(CHART_WIDTH, height);
        float labelWidth = 90;
        float barSpace = CHART_WIDTH - labelWidth - 40;
        for (int i = 0; i < slices.size(); i++) {
            Slice slice = slices.get(i);
            float y = height - (i + 1) * rowHeight;
            float width = Math.max(1, slice.share().floatValue() * barSpace);
            template.setColorFill(PALETTE[i % PALETTE.length]);
            template.rectangle(labelWidth, y + 3, width, rowHeight - 6);
            template.fill();
            template.setColorFill(Color.DARK_GRAY);
            template.beginText();
            template.setFontAndSize(song, 7.5f);
            template.showTextAligned(PdfContentByte.ALIGN_RIGHT,
                    messages.getMessage("portfolio." + dimension.name().toLowerCase(Locale.ROOT) + "." + slice.key(),
                            null, slice.key(), locale), labelWidth - 4, y + 5, 0);
            template.showTextAligned(PdfContentByte.ALIGN_LEFT, percent(slice.share()), labelWidth + width + 4, y + 5, 0);
            template.endText();
        }
        template.setColorStroke(Color.GRAY);
        template.moveTo(labelWidth, 2);
        template.lineTo(labelWidth, height);
        template.stroke();
        try {
            Image image = Image.getInstance(template);
            image.setAlignment(Element.ALIGN_LEFT);
            return image;
        } catch (Exception e) {
            throw new IllegalStateException("Could not draw the " + dimension + " chart", e);
        }
    }

    private Paragraph section(String title) {
        Paragraph paragraph = new Paragraph(phrase(title, 11, Font.BOLD));
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    private PdfPCell cell(String value, int style) {
        PdfPCell cell = new PdfPCell(phrase(value, 8, style));
        cell.setPadding(3);
        return cell;
    }

    private Phrase phrase(String value, float size, int style) {
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(Font.HELVETICA, size, style));
        selector.addFont(new Font(song, size, style));
        return selector.process(value);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount);
    }

    private static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }
}
