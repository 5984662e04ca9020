package io.steward.support;

import java.io.File;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver), never downloaded at run time. Where neither is
 * installed the browser tests are skipped with a message, unless {@code -Dsteward.browser.required=true} (CI) makes
 * that a failure.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("steward.browser.binary", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("steward.browser.driver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String base;
    private final WebDriverWait wait;

    private Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-dev-shm-usage", "--no-first-run", "--disable-sync",
                "--window-size=1400,1000", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.base = "http://localhost:" + port;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    public static Browser open(int port) {
        boolean installed = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
        if (!installed && Boolean.getBoolean("steward.browser.required")) {
            throw new IllegalStateException("Chromium and its driver are required: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed, "Chromium not installed (" + CHROMIUM + ", " + DRIVER + "): browser test skipped");
        return new Browser(port);
    }

    public Browser visit(String path) {
        driver.get(base + path);
        return this;
    }

    public Browser signIn(String username, String password) {
        visit("/sign-in");
        type(By.id("username"), username);
        type(By.id("password"), password);
        click(By.id("sign-in"));
        wait.until(ExpectedConditions.urlToBe(base + "/"));
        return this;
    }

    public Browser type(By field, String text) {
        WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(field));
        element.clear();
        element.sendKeys(text);
        return this;
    }

    /** Scrolls the element into view at once (Bootstrap scrolls smoothly, which can make a click miss), then clicks. */
    public Browser click(By target) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(target));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        return this;
    }

    /** Sets a field's value directly: date inputs and file paths are locale- and dialog-proof this way. */
    public Browser setValue(By field, String value) {
        WebElement element = find(field);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", element, value);
        return this;
    }

    public WebElement find(By target) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(target));
    }

    public String text(By target) {
        return find(target).getText();
    }

    public Browser waitForText(By target, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(target, text));
        return this;
    }

    public Browser waitForUrlContaining(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
