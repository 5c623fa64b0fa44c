package vn.cds.teams.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium at a phone's width, as the page tests drive it: a fresh profile (nothing cached),
 * Vietnamese, the 360-px viewport emulated (a desktop window is at least 500 px wide), and a wait that reads a page
 * again when it redraws itself while a check reads it. Chromium and its driver come from the system properties
 * {@code cds.chromium} and {@code webdriver.chrome.driver}, else Debian's places.
 */
final class PhoneBrowser {

    static final int WIDTH = 360;

    final ChromeDriver driver;
    final WebDriverWait wait;

    private PhoneBrowser(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** A browser whose downloads (if a folder is given) land in that folder without asking. */
    static PhoneBrowser open(String profile, Path downloads) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("cds.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=360,800", "--lang=vi-VN",
                "--user-data-dir=" + Files.createTempDirectory(profile + "-profile-").toAbsolutePath());
        if (downloads != null) {
            options.setExperimentalOption("prefs", Map.of("download.default_directory",
                    downloads.toAbsolutePath().toString(), "download.prompt_for_download", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        if (downloads != null) {
            driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                    "downloadPath", downloads.toAbsolutePath().toString()));
        }
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", WIDTH, "height", 800,
                "deviceScaleFactor", 1, "mobile", true));
        return new PhoneBrowser(driver);
    }

    /** Logs in on the login page by keyboard: the user name, Tab to the password, Enter submits. */
    void login(String user) {
        heading("Đăng nhập");
        driver.findElement(By.name("user")).sendKeys(user, Keys.TAB);
        driver.switchTo().activeElement().sendKeys("demo", Keys.ENTER);
        heading("Xin chào, " + user);
    }

    /** Waits for the page whose h1 says this. */
    void heading(String title) {
        wait.until(d -> {
            List<WebElement> h1 = d.findElements(By.tagName("h1"));
            return !h1.isEmpty() && h1.get(0).getText().equals(title);
        });
    }

    Object script(String code) {
        return driver.executeScript(code);
    }

    /** Bytes over the wire for this document and everything it fetched (a fresh profile: nothing cached). */
    long transferredBytes() {
        return ((Number) script("return performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource')).reduce((sum, e) => sum + e.transferSize, 0)"))
                .longValue();
    }

    void quit() {
        driver.quit();
    }
}
