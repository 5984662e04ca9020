package io.steward.sales.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class ApplicationFormPdfTest {

    @Test
    void the_form_carries_the_sale_the_decision_the_witness_and_the_recording_hashes() throws Exception {
        ApplicationForm form = new ApplicationForm("S00000042", "C00000007", "Zhou Lan", "P-BAL-R3", "Balanced Growth",
                "R3", new BigDecimal("200000.00"), "CNY", "GENERAL", "2028-01-01", "wang", "ALLOWED_WITH_CONDITIONS",
                List.of("ELDER-2", "REC-1", "CONF-1"), List.of("WITNESS", "SECOND_RISK_WARNING", "DUAL_RECORDING"),
                "steward-default-1", Instant.parse("2026-11-29T02:00:00Z"),
                List.of("I understand this product may lose principal."), "head.sh",
                Instant.parse("2026-11-29T02:10:00Z"), List.of("ab".repeat(32)), Instant.parse("2026-11-29T02:20:00Z"));

        byte[] pdf = new ApplicationFormPdf(ZoneId.of("Asia/Shanghai")).render(form);

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("S00000042", "C00000007", "200000.00 CNY", "ELDER-2", "head.sh", "ab".repeat(32),
                "2026-11-29 10:20:00", "I understand this product may lose principal.");
    }
}
