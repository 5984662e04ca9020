package io.steward.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Browser;
import io.steward.support.PortfolioTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The practitioner opens a customer's portfolio in Chromium: the charts are drawn and a switch is suggested. */
class PortfolioBrowserTest extends PortfolioTest {

    @Test
    void the_portfolio_of_the_70_year_old_shows_its_charts_and_a_switch_out_of_r4() {
        String r4 = productOnShelf("R4", 0, 0);
        String r2 = productOnShelf("R2", 0, 0);
        Registered elder = customerAged(70, "C3");
        long fund = generalFund(elder);
        holds(elder, r4, fund, "100000.00", today().minusYears(6));
        holds(elder, r2, fund, "150000.00", today());

        try (Browser practitioner = Browser.open(port)) {
            practitioner.signIn("wang", DEMO_PASSWORD).visit("/clients/" + elder.number());
            practitioner.click(By.id("tab-portfolio")).waitForUrlContaining("/portfolio");
            practitioner.waitForText(By.id("mismatches"), "ELDER-1");
            assertThat(practitioner.find(By.id("chart-risk")).getAttribute("data-drawn")).isEqualTo("true");
            assertThat(practitioner.driver().findElements(By.cssSelector("#chart-risk canvas"))).isNotEmpty();
            assertThat(practitioner.driver().findElements(By.cssSelector("#holdings tr.holding"))).hasSize(2);
            By switchOutOfR4 = By.cssSelector("#suggestions .suggestion[data-from='" + r4 + "']");
            assertThat(practitioner.text(switchOutOfR4)).contains("Switch 100000.00 of " + r4 + " into ");
            String target = practitioner.find(switchOutOfR4).getAttribute("data-to");
            assertThat(target).isNotEqualTo(r4);
            assertThat(practitioner.text(By.id("weighted-risk"))).isEqualTo("2.80");
        }
    }
}
