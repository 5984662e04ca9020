package io.steward.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Browser;
import io.steward.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

class AdminBrowserTest extends IntegrationTest {

    @Test
    void an_admin_creates_a_staff_member_with_a_certificate_and_reads_the_page_in_chinese() {
        String username = unique("zhao");
        String number = unique("CMB-PF-").toUpperCase();
        LocalDate today = LocalDate.now(clock);
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin", DEMO_PASSWORD).visit("/admin/staff");
            browser.type(By.id("username"), username)
                    .type(By.id("fullName"), "Zhao Lei");
            new Select(browser.find(By.id("institutionCode"))).selectByValue("SB-SH-PD");
            browser.click(By.id("role-PRACTITIONER"))
                    .type(By.id("password"), "a-good-long-password")
                    .click(By.id("create-staff"))
                    .waitForUrlContaining("/admin/staff/" + username);
            assertThat(browser.text(By.id("member-name"))).isEqualTo("Zhao Lei");

            browser.type(By.id("number"), number);
            dateInput(browser, "issuedOn", today.minusDays(30));
            dateInput(browser, "expiresOn", today.plusDays(10));
            browser.click(By.id("add-certificate")).waitForText(By.id("certificates"), number);
            assertThat(browser.find(By.cssSelector("#certificates tbody tr.table-warning")).getText())
                    .as("a certificate that ends within 30 days is highlighted").contains(number);

            browser.click(By.id("lang-zh")).waitForText(By.id("certificates"), "证书编号");
            assertThat(browser.text(By.cssSelector("#certificates thead"))).contains("证书编号", "到期日期");
            assertThat(browser.text(By.cssSelector("#certificates tbody"))).contains("有效", "即将到期");
            assertThat(browser.text(By.cssSelector("nav.navbar"))).contains("系统管理", "退出");

            browser.visit("/admin/staff");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("员工");
            browser.click(By.id("lang-en")).waitForText(By.tagName("h1"), "Staff");
        }
    }

    /** Date inputs take keystrokes in the browser's locale; setting the value is locale-proof. */
    private static void dateInput(Browser browser, String id, LocalDate date) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, date.toString());
    }
}
