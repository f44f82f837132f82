package io.accessgraph.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.api.pipeline.AccessPipeline;
import io.accessgraph.api.server.AccessGraphServer;
import io.accessgraph.api.server.ServerSettings;
import io.accessgraph.ingest.demo.DemoOrganization;
import io.accessgraph.ingest.offline.OfflineSnapshotReader;
import io.accessgraph.store.GraphStore;
import io.accessgraph.store.StoreConfig;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server over embedded Neo4j with the demo organization, and Debian's headless Chromium driven
 * by its chromedriver (never a downloaded browser). One per test class: both are slow to start.
 */
final class DemoBrowser implements AutoCloseable {
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final String CHROMIUM = "/usr/bin/chromium";
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final String base;
  final String token;
  final ChromeDriver driver;
  private final GraphStore store;
  private final ConfigurableApplicationContext server;

  static boolean available() {
    return new File(CHROMEDRIVER).canExecute() && new File(CHROMIUM).canExecute();
  }

  DemoBrowser(Path dataDir) throws Exception {
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
    driver =
        new ChromeDriver(
            new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build(),
            options);
  }

  /** Opens a route already signed in (the token put where the sign-in form puts it). */
  void open(String hash) {
    if (!driver.getCurrentUrl().startsWith(base)) {
      driver.get(base + "/");
    }
    driver.executeScript("sessionStorage.setItem('accessgraph.token', arguments[0])", token);
    driver.get(base + "/" + hash);
    driver.navigate().refresh();
    waitFor(d -> rendered() > 0);
  }

  void signedOut() {
    driver.get(base + "/");
    driver.executeScript("sessionStorage.clear()");
    driver.navigate().refresh();
  }

  long rendered() {
    Object n = js("return window.accessgraph ? window.accessgraph.rendered : 0");
    return n == null ? 0 : ((Number) n).longValue();
  }

  Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  <T> T waitFor(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
  }

  WebElement waitForText(By by, String text) {
    return waitFor(
        d -> {
          List<WebElement> found = d.findElements(by);
          return found.stream()
              .filter(e -> e.isDisplayed() && e.getText().contains(text))
              .findFirst()
              .orElse(null);
        });
  }

  /** A real mouse click at the middle of the drawn edge from source to target. */
  void clickEdge(String source, String target) {
    @SuppressWarnings("unchecked")
    Map<String, Object> at =
        (Map<String, Object>)
            js(
                "const cy = window.accessgraph.cy;"
                    + "const e = cy.edges().filter(x => x.data('source') === arguments[0]"
                    + " && x.data('target') === arguments[1]);"
                    + "if (e.empty()) { return null; }"
                    + "const m = e[0].renderedMidpoint();"
                    + "return {x: m.x - cy.width() / 2, y: m.y - cy.height() / 2};",
                source,
                target);
    assertThat(at).as("edge %s -> %s is drawn", source, target).isNotNull();
    new Actions(driver)
        .moveToElement(
            driver.findElement(By.id("graph")),
            (int) Math.round(((Number) at.get("x")).doubleValue()),
            (int) Math.round(((Number) at.get("y")).doubleValue()))
        .click()
        .perform();
  }

  /**
   * What went wrong in the page since the last call: CSP violations the page counted and browser
   * log entries that are errors (failed requests, uncaught exceptions) or CSP reports.
   */
  List<String> consoleProblems() {
    @SuppressWarnings("unchecked")
    List<Object> counted =
        (List<Object>)
            js("return window.accessgraph ? window.accessgraph.cspViolations.splice(0) : []");
    List<String> problems =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(
                e ->
                    e.getLevel().intValue() >= Level.SEVERE.intValue()
                        || e.getMessage().contains("Content Security Policy"))
            .map(LogEntry::getMessage)
            .collect(Collectors.toList());
    counted.forEach(c -> problems.add("CSP violation: " + c));
    return problems;
  }

  Path screenshot(String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    Path file = SCREENSHOTS.resolve(name);
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    return file;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try {
        server.close();
      } finally {
        store.close();
      }
    }
  }
}
