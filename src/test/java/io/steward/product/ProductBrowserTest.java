package io.steward.product;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Browser;
import io.steward.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

class ProductBrowserTest extends IntegrationTest {

    @Test
    void a_product_officer_drafts_a_product_puts_it_on_sale_publishes_its_brochure_and_finds_it_on_the_shelf() throws Exception {
        String code = unique("br").toUpperCase();
        LocalDate today = LocalDate.now(clock);
        Path brochure = Files.createDirectories(Path.of("target", "browser-uploads")).resolve(code + ".pdf");
        Files.write(brochure, "%PDF-1.4\n% a brochure\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        try (Browser browser = Browser.open(port)) {
            browser.signIn("product", DEMO_PASSWORD).visit("/products").click(By.id("new-product"));
            browser.type(By.id("code"), code)
                    .type(By.id("name"), "Balanced Income 1Y 平衡收益一年")
                    .type(By.id("issuer"), "Steward Bank Wealth Management");
            new Select(browser.find(By.id("type"))).selectByValue("MIXED");
            new Select(browser.find(By.id("riskLevel"))).selectByValue("R3");
            browser.type(By.id("termDays"), "365")
                    .type(By.id("minimumAmount"), "20000")
                    .type(By.id("coolingOffHours"), "24");
            dateInput(browser, "saleOpensOn", today);
            dateInput(browser, "saleClosesOn", today.plusDays(90));
            browser.type(By.id("function"), "Bonds with an equity sleeve for one year.")
                    .type(By.id("benefits"), "Seeks a return above bonds.")
                    .type(By.id("terms"), "365 days, no early redemption, 24-hour cooling-off.")
                    .type(By.id("riskCharacteristics"), "Medium risk: the equity part can lose value.");
            press(browser, "save-product").waitForUrlContaining("/products/" + code);
            assertThat(browser.text(By.id("product-status"))).isEqualTo("Draft");
            assertThat(browser.text(By.id("disclosure"))).contains("Medium risk: the equity part can lose value.");

            new Select(browser.find(By.id("next-status"))).selectByValue("ACTIVE");
            press(browser, "change-status").waitForText(By.id("product-status"), "Active");

            browser.type(By.id("material-title"), "Product brochure")
                    .type(By.id("material-version"), "2026.1");
            browser.find(By.id("material-file")).sendKeys(brochure.toAbsolutePath().toString());
            press(browser, "publish-material").waitForText(By.id("materials"), code + ".pdf");
            assertThat(browser.text(By.id("materials"))).contains("Product brochure", "2026.1", "product · HO");

            browser.visit("/products");
            new Select(browser.find(By.id("filter-risk"))).selectByValue("R3");
            browser.click(By.id("apply-filter")).waitForUrlContaining("risk=R3");
            String shelf = browser.text(By.id("products"));
            assertThat(shelf).contains(code, "Balanced Income 1Y 平衡收益一年", "MX-BALANCED-1Y")
                    .doesNotContain("CASH-DAILY", "EQ-GROWTH");
        }
    }

    /**
     * Clicks a button below the fold as a person would, scrolling to it first. Bootstrap scrolls smoothly, and a click
     * aimed while the page still glides lands on something else: the scroll here is instant.
     */
    private static Browser press(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView({block: 'center', behavior: 'instant'});", id);
        return browser.click(By.id(id));
    }

    /** Date inputs take keystrokes in the browser's locale; setting the value is locale-proof. */
    private static void dateInput(Browser browser, String id, LocalDate date) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, date.toString());
    }
}
