package io.accessgraph.api.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.accessgraph.api.pipeline.AccessPipeline;
import io.accessgraph.ingest.demo.DemoOrganization;
import io.accessgraph.ingest.offline.OfflineSnapshotReader;
import io.accessgraph.store.GraphStore;
import io.accessgraph.store.StoreConfig;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Swagger UI in real headless Chromium (Debian's chromium + chromedriver, which .ci/run installs)
 * under the server's Content-Security-Policy for its paths (scripts from the origin only, inline
 * styles allowed): it renders the API with no CSP violation. The web view's own browser tests are
 * in io.accessgraph.api.web.
 */
class SwaggerUiBrowserTest {
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final String CHROMIUM = "/usr/bin/chromium";

  @TempDir static Path dataDir;
  static GraphStore store;
  static ConfigurableApplicationContext server;
  static ChromeDriver browser;
  static String base;
  static String token;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        new File(CHROMEDRIVER).canExecute() && new File(CHROMIUM).canExecute(),
        "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
    store = GraphStore.open(StoreConfig.fromEnvironment(dataDir, null));
    new AccessPipeline(store).ingest(new OfflineSnapshotReader().read(DemoOrganization.files()));
    server = AccessGraphServer.start(store, new ServerSettings(0, "127.0.0.1", dataDir));
    base = "http://127.0.0.1:" + ((WebServerApplicationContext) server).getWebServer().getPort();
    token = Files.readString(dataDir.resolve("api-token")).strip();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,900",
        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    browser =
        new ChromeDriver(
            new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build(),
            options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @Test
  void swaggerUiRunsUnderItsContentSecurityPolicy() throws Exception {
    browser.get(base + "/swagger-ui/index.html");
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".swagger-ui .info .title"), "accessgraph API"));
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector(".opblock-tag")).isEmpty());

    List<String> violations =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(LogEntry::getMessage)
            .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
            .toList();
    assertThat(violations).isEmpty();
    screenshot("swagger-ui.png");
  }

  private static void screenshot(String name) throws Exception {
    Path target = Path.of("target", "screenshots");
    Files.createDirectories(target);
    Files.write(
        target.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
