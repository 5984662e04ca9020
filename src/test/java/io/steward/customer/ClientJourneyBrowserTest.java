package io.steward.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Browser;
import io.steward.support.Clients;
import io.steward.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole journey in Chromium: a practitioner registers a customer and starts an assessment; the customer reads
 * the code on their phone (the demo outbox), answers and confirms on the channel page; the level appears on the
 * customer page.
 */
class ClientJourneyBrowserTest extends IntegrationTest {

    private static final List<String> C3 = List.of("INCOME-A", "ASSETS-C", "DEBT-A", "SOURCE-A", "EXPERIENCE-C",
            "PRODUCTS-B", "KNOWLEDGE-C", "OBJECTIVE-B", "HORIZON-B", "LOSS-B");

    @Test
    void a_practitioner_registers_a_customer_who_confirms_an_assessment_on_the_channel_and_the_level_appears() {
        String name = unique("Journey");
        LocalDate birthDate = LocalDate.now(clock).minusYears(52);
        String phone = Clients.phone();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("wang", DEMO_PASSWORD).visit("/clients/new");
            browser.type(By.id("fullName"), name);
            new Select(browser.find(By.id("gender"))).selectByValue("MALE");
            setValue(browser, "birthDate", birthDate.toString());
            browser.type(By.id("identityNumber"), Clients.identity(birthDate, io.steward.customer.Gender.MALE))
                    .type(By.id("phone"), phone)
                    .type(By.id("address"), "上海市浦东新区世纪大道8号")
                    .type(By.id("occupation"), "Architect")
                    .click(By.id("create-customer"))
                    .waitForText(By.id("customer-name"), name);
            String number = browser.text(By.id("customer-number"));
            assertThat(browser.text(By.id("risk-level"))).contains("no assessment");

            browser.click(By.id("tab-assessments")).click(By.id("start"))
                    .waitForText(By.id("assessment-started"), phone.substring(0, 3) + "****" + phone.substring(7));
            browser.click(By.cssSelector("form[action$='/sign-out'] button")).waitForUrlContaining("/sign-in");

            browser.visit("/demo/outbox");
            WebElement message = browser.driver().findElements(By.cssSelector(".card")).stream()
                    .filter(card -> card.getText().contains("To " + phone)).findFirst().orElseThrow();
            Matcher link = Pattern.compile("(/c/[A-Za-z0-9_-]{43})").matcher(message.getText());
            Matcher code = Pattern.compile("code (\\d{6})").matcher(message.getText());
            assertThat(link.find()).isTrue();
            assertThat(code.find()).isTrue();

            browser.visit(link.group(1)).click(By.id("open-about"));
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15)).until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector(".section-body")));
            if (browser.driver().getCurrentUrl().contains("/sections/")) {
                browser.visit(link.group(1)); // without script, the section opened as its own page
            }
            assertThat(browser.text(By.id("opened-about"))).as("the opening is recorded (CONF-2)").isEqualTo("read");
            for (String answer : C3) {
                WebElement option = browser.find(By.id("answer-" + answer));
                ((JavascriptExecutor) browser.driver()).executeScript(
                        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", option);
                option.click();
            }
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('confirm').scrollIntoView({block: 'center', behavior: 'instant'});");
            browser.type(By.id("code"), code.group(1)).click(By.id("confirm"))
                    .waitForText(By.id("channel-done"), "your confirmation has been recorded");

            browser.signIn("wang", DEMO_PASSWORD).visit("/clients/" + number);
            assertThat(browser.text(By.id("risk-level"))).contains("C3");
            browser.click(By.id("tab-assessments"));
            assertThat(browser.text(By.id("assessment-list"))).contains("effective").contains("valid today");
            assertThat(jdbc.sql("select possible_proxy from assessment where customer_number = ?").param(number)
                    .query(Boolean.class).single())
                    .as("confirmed in the practitioner's own browser: flagged for compliance").isTrue();
        }
    }

    private static void setValue(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }
}
