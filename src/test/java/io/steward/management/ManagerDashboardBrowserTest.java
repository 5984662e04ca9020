package io.steward.management;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Browser;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

class ManagerDashboardBrowserTest extends ManagementTest {

    @Test
    void the_demo_manager_sees_the_targets_trend_and_ranking_charts_of_the_pudong_department_with_its_sales() {
        String product = productOnShelf("R2", 90, 0);
        releasedSale("wang", customerAged(45, "C3"), product, "100000.00");

        try (Browser browser = Browser.open(port)) {
            browser.signIn("manager", DEMO_PASSWORD).visit("/management");

            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
            for (String chart : new String[] {"chart-targets", "chart-trend", "chart-ranking"}) {
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " canvas")));
                assertThat(browser.find(By.cssSelector("#" + chart + " canvas")).getSize().getHeight())
                        .as(chart + " is drawn").isGreaterThan(100);
            }
            assertThat(browser.text(By.id("department-heading"))).contains("Zhou Yan", "SB-SH-PD");
            String ranking = browser.text(By.id("team-ranking"));
            assertThat(ranking).contains("PD-WEALTH", "PD-PREMIER", "wang", "li", "qian", "feng");
            assertThat(browser.text(By.id("targets-table"))).contains("Customer contacts", "Sales volume", "New customers")
                    .doesNotContain("not yet measured");
            WebElement sales = browser.find(By.id("target-SALES_VOLUME"));
            BigDecimal actual = new BigDecimal(sales.findElement(By.className("actual")).getText().replace(",", ""));
            assertThat(actual).as("wang's sale released today counts").isGreaterThanOrEqualTo(new BigDecimal("100000"));

            browser.visit("/management/daily-close");
            assertThat(browser.text(By.id("close-sections"))).contains("Customer contacts", "Regular meetings",
                    "Sales released, by product risk level", "R2", "Assets under management", "Flagged for compliance");

            browser.visit("/management/meetings");
            assertThat(browser.text(By.id("cadence"))).contains("Weekly all-staff meeting", "3 / 4", "Daily team-manager meeting");
        }
    }
}
