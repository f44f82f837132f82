package io.accessgraph.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Swagger UI in real headless Chromium (Debian's chromium + chromedriver, which .ci/run installs)
 * under the server's Content-Security-Policy for its paths (scripts from the origin only, inline
 * styles allowed): it renders the API with no CSP violation.
 */
class SwaggerUiBrowserTest {
  @TempDir static Path dataDir;
  static DemoBrowser browser;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        DemoBrowser.available(),
        "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
    browser = new DemoBrowser(dataDir);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void swaggerUiRunsUnderItsContentSecurityPolicy() throws Exception {
    browser.driver.get(browser.base + "/swagger-ui/index.html");
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".swagger-ui .info .title"), "accessgraph API"));
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector(".opblock-tag")).isEmpty());

    List<String> violations =
        browser.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(LogEntry::getMessage)
            .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
            .toList();
    assertThat(violations).isEmpty();
    browser.screenshot("swagger-ui.png");
  }
}
