package io.steward.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Browser;
import io.steward.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium: the Shanghai director opens the institution report and sees its charts drawn (ECharts from a static
 * script, under a Content-Security-Policy without inline scripts) and its tables with figures — and cannot open a
 * customer's page.
 */
class DirectorReportBrowserTest extends IntegrationTest {

    @Test
    void a_director_sees_the_institution_report_with_a_chart_and_cannot_open_a_customer_page() {
        String customer = as("wang").get("/api/v1/customers").json().get("rows").get(0).get("number").asString();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("director", DEMO_PASSWORD).visit("/reports");
            assertThat(browser.text(By.id("report-heading"))).contains("BR-SH");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-age canvas")));
            WebElement canvas = browser.find(By.cssSelector("#chart-age canvas"));
            assertThat(canvas.getSize().getWidth()).isPositive();
            List<String> ageFigures = browser.driver().findElements(By.cssSelector("#breakdown-age tbody td.text-end"))
                    .stream().map(WebElement::getText).toList();
            assertThat(ageFigures).as("the demo bank's Shanghai customers fill some age bands").anyMatch(f -> f.matches("\\d+"));
            assertThat(browser.driver().findElements(By.id("too-few"))).isEmpty();

            browser.visit("/clients/" + customer);
            assertThat(browser.driver().getPageSource()).contains("Status 404").doesNotContain("id=\"customer-name\"");
            browser.visit("/clients");
            assertThat(browser.driver().getPageSource()).contains("Status 403");
        }
    }
}
