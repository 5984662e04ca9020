package io.steward.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Browser;
import io.steward.support.SalesTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * A 70-year-old buys an R3 product across three browsers: the practitioner opens the case, the customer reads,
 * copies and confirms on their own phone, the head of retail banking witnesses and signs, and the practitioner
 * attaches the recording, submits and downloads the application form.
 */
class SalesBrowserTest extends SalesTest {

    @Test
    void the_70_year_olds_r3_sale_across_three_browsers_ends_with_the_application_form() throws Exception {
        Registered elder = customerAged(70, "C3");
        long fund = generalFund(elder);
        String product = productOnShelf("R3", 180, 0);
        Path recording = Files.createTempFile("sale", ".mp4");
        Files.write(recording, new byte[] {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0});

        try (Browser practitioner = Browser.open(port)) {
            practitioner.signIn("wang", DEMO_PASSWORD).visit("/sales");
            practitioner.type(By.id("customerNumber"), elder.number())
                    .type(By.id("fundId"), String.valueOf(fund))
                    .type(By.id("amount"), "80000");
            new Select(practitioner.find(By.id("productCode"))).selectByValue(product);
            practitioner.click(By.id("open-case")).waitForUrlContaining("/sales/S");
            String number = practitioner.text(By.tagName("h1"));
            assertThat(practitioner.text(By.cssSelector(".case-state"))).isEqualTo("Waiting for the customer");
            assertThat(practitioner.text(By.cssSelector(".rule-hits"))).contains("ELDER-2").contains("REC-1");

            try (Browser phone = Browser.open(port)) {
                Sms sms = smsTo(elder.phone(), confirmationRequest(number, "confirmation_request"));
                phone.visit("/c/" + sms.token());
                for (String section : List.of("FUNCTION", "BENEFITS", "TERMS", "RISK_CHARACTERISTICS")) {
                    phone.click(By.id("open-" + section));
                    if (phone.driver().getCurrentUrl().contains("/sections/")) {
                        phone.visit("/c/" + sms.token()); // without script the element opens as its own page
                    } else {
                        phone.waitForText(By.id("section-" + section), "");
                    }
                }
                phone.type(By.id("statement-0"), messages.getMessage("sales.disclosure.risk-statement",
                        new Object[] {"Test product " + product, product, "R3"}, Locale.ENGLISH));
                phone.type(By.id("code"), sms.code()).click(By.id("confirm"))
                        .waitForText(By.id("channel-done"), "your confirmation has been recorded");
            }

            try (Browser head = Browser.open(port)) {
                head.signIn("head.sh", DEMO_PASSWORD).visit("/sales/witness");
                head.click(By.linkText(number)).waitForUrlContaining("/sales/" + number);
                head.click(By.id("secondRiskWarningGiven")).click(By.id("intentConfirmed"))
                        .type(By.id("witness-password"), DEMO_PASSWORD)
                        .click(By.id("sign"))
                        .waitForText(By.id("witness"), "head.sh");
            }

            practitioner.visit("/sales/" + number);
            assertThat(practitioner.text(By.cssSelector(".case-state"))).isEqualTo("Waiting for the recording");
            practitioner.find(By.id("recording")).sendKeys(recording.toAbsolutePath().toString());
            practitioner.click(By.id("upload-recording")).waitForText(By.cssSelector(".case-state"), "Ready to submit");
            practitioner.click(By.id("submit-case")).waitForText(By.cssSelector(".case-state"), "Released");
            assertThat(practitioner.text(By.id("timeline"))).contains("Witnessed and signed").contains("Recording attached");

            String href = practitioner.find(By.id("application-form")).getAttribute("href");
            Object firstBytes = ((JavascriptExecutor) practitioner.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.arrayBuffer())
                        .then(b => done(String.fromCharCode(...new Uint8Array(b).slice(0, 5))));""", href);
            assertThat(firstBytes).isEqualTo("%PDF-");
        } finally {
            Files.deleteIfExists(recording);
        }
    }
}
