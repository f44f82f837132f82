package io.accessgraph.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The web view in real headless Chromium against the demo organization (docs/demo.md): the incident
 * (search the compromised web server, open its blast radius, click the edge into prod's admin role
 * and read why), the escalations table, sign-in and a refused token. Every test ends by checking
 * that the page hit no Content-Security-Policy violation and logged no error. Screenshots of each
 * view go to target/screenshots/.
 */
class WebViewBrowserTest {
  static final String INSTANCE = "arn:aws:ec2:us-east-1:555555555555:instance/i-0d3v0000000000001";
  static final String WEB_APP_ROLE = "arn:aws:iam::555555555555:role/web-app-role";
  static final String DEPLOY_ROLE = "arn:aws:iam::444444444444:role/deploy-role";
  static final String ALICE = "arn:aws:iam::111111111111:user/alice";
  static final String DEVELOPER = "arn:aws:iam::555555555555:role/developer";

  @TempDir static Path dataDir;
  static DemoBrowser web;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        DemoBrowser.available(),
        "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
    web = new DemoBrowser(dataDir);
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.close();
    }
  }

  @AfterEach
  void noConsoleProblems() {
    if (web != null) {
      assertThat(web.consoleProblems()).isEmpty();
    }
  }

  @Test
  void signsInWithTheTokenAndShowsTheOrganization() throws Exception {
    web.signedOut();
    web.waitFor(d -> d.findElement(By.id("token")).isDisplayed());
    web.driver.findElement(By.id("token")).sendKeys(web.token);
    web.driver.findElement(By.cssSelector("#sign-in-form button")).click();

    web.waitForText(By.id("counts"), "6 accounts in 6 OUs");
    assertThat(web.driver.findElement(By.id("view-title")).getText())
        .isEqualTo("Organization o-acme0demo1");
    WebElement prod =
        web.waitForText(By.cssSelector(".account-card"), "acme-prod")
            .findElement(By.cssSelector(".stats"));
    assertThat(prod.getText()).contains("10 principals", "4 admins", "1 external trust");
    assertThat(web.driver.findElements(By.cssSelector("svg.chart rect.bar.s-admins")))
        .hasSizeGreaterThan(6);
    assertThat(web.js("return sessionStorage.getItem('accessgraph.token')")).isEqualTo(web.token);
    web.screenshot("web-organization.png");

    web.driver.findElement(By.id("sign-out")).click();
    web.waitFor(d -> d.findElement(By.id("token")).isDisplayed());
    assertThat(web.js("return sessionStorage.getItem('accessgraph.token')")).isNull();
    assertThat(web.driver.findElement(By.id("view")).isDisplayed()).isFalse();
  }

  @Test
  void aWrongTokenIsRefused() throws Exception {
    web.signedOut();
    web.waitFor(d -> d.findElement(By.id("token")).isDisplayed());
    web.driver.findElement(By.id("token")).sendKeys("wrong-token-wrong-token");
    web.driver.findElement(By.cssSelector("#sign-in-form button")).click();

    web.waitForText(By.id("sign-in-error"), "refused");
    assertThat(web.driver.findElement(By.id("view")).isDisplayed()).isFalse();
    assertThat(web.driver.findElement(By.id("nav")).isDisplayed()).isFalse();
    assertThat(web.js("return sessionStorage.getItem('accessgraph.token')")).isNull();
    web.screenshot("web-wrong-token.png");
    List<String> problems = web.consoleProblems();
    assertThat(problems).allMatch(p -> p.contains("401"), "only the refused request");
  }

  @Test
  void followsTheIncidentFromSearchToTheCrossAccountAdminEdge() throws Exception {
    web.open("#/org");
    WebElement search = web.driver.findElement(By.id("search-input"));
    search.sendKeys("i-0d3v");
    WebElement hit =
        web.waitForText(By.cssSelector("#search-results li[role=option]"), "web-frontend-dev");
    assertThat(hit.getText()).contains("EC2 instance", "555555555555");
    web.screenshot("web-search.png");
    search.sendKeys(Keys.ENTER);

    web.waitForText(By.id("view-title"), "web-frontend-dev");
    WebElement panel = web.waitForText(By.id("panel"), "instance profile");
    assertThat(panel.getText())
        .contains(INSTANCE, "web-app-profile", "web-app-role", "ec2-instance-role");
    web.screenshot("web-node.png");

    panel.findElement(By.linkText("Blast radius")).click();
    web.waitForText(By.id("view-title"), "Blast radius of web-frontend-dev");
    String counts = web.waitForText(By.id("counts"), "reachable").getText();
    assertThat(counts).contains("3 nodes reachable", "1 admin", "2 accounts (admin of 1)");
    assertThat(
            web.js(
                "return window.accessgraph.cy.getElementById(arguments[0]).data('admin')",
                DEPLOY_ROLE))
        .isEqualTo(true);
    assertThat(
            web.js(
                "const cy = window.accessgraph.cy;"
                    + "return [arguments[0], arguments[1], arguments[2]].map(id => cy.getElementById(id).position('x'));",
                INSTANCE,
                WEB_APP_ROLE,
                DEPLOY_ROLE))
        .as("hops read left to right")
        .satisfies(
            xs ->
                assertThat((List<?>) xs)
                    .isSortedAccordingTo(
                        (a, b) ->
                            Double.compare(
                                ((Number) a).doubleValue(), ((Number) b).doubleValue())));
    assertThat(
            web.js(
                "return window.accessgraph.cy.getElementById('account:444444444444').data('label')"))
        .isEqualTo("acme-prod 444444444444 · Prod");
    web.screenshot("web-blast-radius.png");

    web.clickEdge(WEB_APP_ROLE, DEPLOY_ROLE);
    WebElement edge = web.waitForText(By.id("panel"), "sts-001");
    assertThat(edge.getText())
        .contains("web-app-role → deploy-role", "CAN_ASSUME", "sts:AssumeRole")
        .contains(
            "sts:AssumeRole allowed by " + WEB_APP_ROLE + "#inline:assume-prod-deploy statement 0")
        .contains("\"Resource\": \"" + DEPLOY_ROLE + "\"")
        .contains("sts:AssumeRole allowed by " + DEPLOY_ROLE + "#trust statement 0")
        .contains("\"AWS\": \"" + WEB_APP_ROLE + "\"")
        .contains("Attacker's steps", "aws sts assume-role --role-arn " + DEPLOY_ROLE)
        .contains("Remediation", "trust policy");
    assertThat(web.js("return window.accessgraph.cy.$('edge:selected').map(e => e.data('target'))"))
        .isEqualTo(List.of(DEPLOY_ROLE));
    web.screenshot("web-edge.png");
  }

  @Test
  void escalationsTableFiltersSortsAndOpensAPath() throws Exception {
    web.open("#/escalations");
    web.waitForText(By.id("counts"), "can become admin");
    int all = web.driver.findElements(By.cssSelector("tbody tr")).size();
    assertThat(all).isGreaterThan(5);
    web.screenshot("web-escalations.png");

    web.driver.findElement(By.id("escalations-filter")).sendKeys("user/bob");
    web.waitFor(d -> d.findElements(By.cssSelector("tbody tr")).size() == 1);
    WebElement row = web.driver.findElement(By.cssSelector("tbody tr"));
    assertThat(row.getText()).contains("bob", "ops-automation-role", "ec2-001");
    row.sendKeys(Keys.ENTER);

    web.waitForText(By.id("view-title"), "Paths: bob → ops-automation-role");
    web.waitForText(By.id("panel"), "Path 1: 1 hop");
    web.driver.findElement(By.cssSelector("#panel button.step")).click();
    WebElement edge = web.waitForText(By.id("panel"), "ec2-001");
    assertThat(edge.getText())
        .contains("CAN_ESCALATE", "iam:PassRole", "ec2:RunInstances", "\"Sid\": \"PassOpsRoles\"");
    assertThat(web.driver.getCurrentUrl()).contains("#/paths/").contains("edge=0.0");
    web.screenshot("web-path.png");
  }

  @Test
  void sortsTheEscalationsByClickingAColumn() {
    web.open("#/escalations");
    web.waitForText(By.id("counts"), "can become admin");
    By hops = By.xpath("//th[button[starts-with(., 'hops')]]");
    web.driver.findElement(hops).findElement(By.tagName("button")).click();
    assertThat(web.driver.findElement(hops).getDomAttribute("aria-sort")).isEqualTo("descending");
    List<Integer> descending = column(5);
    assertThat(descending).isSortedAccordingTo((a, b) -> b - a);
    assertThat(descending.get(0)).isGreaterThan(descending.get(descending.size() - 1));
    web.driver.findElement(hops).findElement(By.tagName("button")).click();
    assertThat(web.driver.findElement(hops).getDomAttribute("aria-sort")).isEqualTo("ascending");
    assertThat(column(5)).isSorted();
  }

  @Test
  void blastRadiusCapsLargeResultsAndTogglesConditionalEdges() throws Exception {
    web.open("#/blast/" + ALICE.replace("/", "%2F") + "?cap=5");
    int reachable = number(web.waitForText(By.id("counts"), "nodes reachable"), "(\\d+) nodes");
    String notice = web.waitForText(By.id("graph-notice"), "Showing the 5 nearest").getText();
    assertThat(notice).contains("of " + (reachable + 1) + " nodes", "Show more");
    assertThat(drawnNodes()).isEqualTo(5);
    web.driver.findElement(By.linkText("Show more")).click();
    web.waitFor(d -> drawnNodes() == Math.min(5 + 150, reachable + 1));
    assertThat(web.driver.getCurrentUrl()).contains("cap=155");
    web.open("#/blast/" + ALICE.replace("/", "%2F"));
    web.waitForText(By.id("counts"), reachable + " nodes reachable");
    assertThat(web.driver.findElements(By.id("graph-notice")).get(0).isDisplayed()).isFalse();
    assertThat(drawnNodes()).isEqualTo(reachable + 1);
    assertThat(
            web.js(
                "return window.accessgraph.cy.getElementById(arguments[0]).nonempty()", DEVELOPER))
        .isEqualTo(true);

    web.driver.findElement(By.id("conditional-toggle")).click();
    web.waitFor(d -> !d.findElement(By.id("counts")).getText().startsWith(reachable + " nodes"));
    assertThat(number(web.driver.findElement(By.id("counts")), "(\\d+) nodes"))
        .isLessThan(reachable);
    assertThat(
            web.js("return window.accessgraph.cy.getElementById(arguments[0]).empty()", DEVELOPER))
        .as("alice reaches developer only with MFA, a conditional edge")
        .isEqualTo(true);
    assertThat(web.driver.getCurrentUrl()).contains("conditional=false");
    assertThat(web.driver.findElement(By.id("conditional-toggle")).isSelected()).isFalse();
    web.screenshot("web-blast-radius-unconditional.png");
  }

  @Test
  void walksTheGraphWithTheKeyboard() {
    web.open("#/blast/i-0d3v0000000000001");
    web.waitForText(By.id("counts"), "reachable");
    WebElement graph = web.driver.findElement(By.id("graph"));
    web.js("arguments[0].focus()", graph);
    graph.sendKeys(Keys.ARROW_RIGHT);
    assertThat(web.js("return window.accessgraph.cy.$('node:selected').map(n => n.id())"))
        .isEqualTo(List.of(INSTANCE));
    graph.sendKeys(Keys.ARROW_RIGHT, Keys.ENTER);
    web.waitForText(By.id("node-title"), "web-app-role");
    graph.sendKeys("ee");
    assertThat(web.js("return window.accessgraph.cy.$('edge:selected').map(e => e.data('target'))"))
        .isEqualTo(List.of(DEPLOY_ROLE));
    graph.sendKeys(Keys.ENTER);
    web.waitForText(By.id("panel"), "sts-001");
  }

  @Test
  void findsPathsWithTheTypeAheadPickers() throws Exception {
    web.open("#/paths");
    pick("path-from", "web-front", INSTANCE);
    pick("path-to", "deploy-ro", DEPLOY_ROLE);
    web.driver.findElement(By.cssSelector(".path-form button[type=submit]")).click();
    web.waitForText(By.id("view-title"), "Paths: i-0d3v0000000000001 → deploy-role");
    assertThat(web.waitForText(By.id("panel"), "Path 1").getText())
        .contains("Path 1: 2 hops", "ec2-instance-role", "sts-001");
    web.screenshot("web-paths.png");
  }

  @Test
  void exportsPngJsonAndCsv() throws Exception {
    web.open("#/blast/i-0d3v0000000000001");
    web.waitForText(By.id("counts"), "reachable");
    web.driver.findElement(By.xpath("//span[@class='exports']/button[.='PNG']")).click();
    web.driver.findElement(By.xpath("//span[@class='exports']/button[.='JSON']")).click();
    assertThat(exports())
        .containsExactly(
            "blast-radius-i-0d3v0000000000001.png image/png",
            "blast-radius-i-0d3v0000000000001.json application/json");
    web.open("#/escalations");
    web.waitForText(By.id("counts"), "can become admin");
    web.driver.findElement(By.xpath("//span[@class='exports']/button[.='CSV']")).click();
    assertThat(exports()).containsExactly("escalations.csv text/csv");
    Object csv =
        web.driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "import('./js/exporter.js').then(m => done(m.toCsv("
                + "[{label: 'a', value: r => r.a}, {label: 'b', value: r => r.b}],"
                + " [{a: 'say \"hi\"', b: '=1+1'}]).replace(/\\r\\n/g, '<CRLF>')));");
    assertThat(csv).isEqualTo("\"a\",\"b\"<CRLF>\"say \"\"hi\"\"\",\"'=1+1\"<CRLF>");
  }

  @Test
  void whoCanBecomeAdminOfProdOpensThePathToTheAdminRole() throws Exception {
    web.open("#/admins/444444444444");
    web.waitForText(By.id("view-title"), "Who can become admin of acme-prod 444444444444");
    WebElement row = web.waitForText(By.cssSelector("tbody tr"), "i-0d3v0000000000001");
    assertThat(row.getText()).contains("ec2-instance-role → sts-001 → admin");
    web.screenshot("web-admins-of-prod.png");
    row.click();
    web.waitForText(By.id("view-title"), "Paths: i-0d3v0000000000001 → deploy-role");
  }

  @Test
  void findingsTableOpensTheFindingsPath() throws Exception {
    web.open("#/findings");
    web.waitForText(By.id("counts"), "finding");
    List<WebElement> rows = web.driver.findElements(By.cssSelector("tbody tr"));
    assertThat(rows).isNotEmpty();
    web.screenshot("web-findings.png");
    web.driver.findElement(By.id("findings-filter")).sendKeys("web-frontend-dev can become admin");
    web.waitFor(d -> d.findElements(By.cssSelector("tbody tr")).size() == 1);
    web.driver.findElement(By.cssSelector("tbody tr")).click();
    web.waitForText(By.id("view-title"), "Paths: i-0d3v0000000000001 → deploy-role");
  }

  @Test
  void switchesToDarkMode() throws Exception {
    web.open("#/org");
    web.waitForText(By.id("counts"), "accounts");
    WebElement theme = web.driver.findElement(By.id("theme"));
    while (!theme.getText().equals("Theme: dark")) {
      theme.click();
    }
    web.waitFor(d -> d.findElement(By.id("theme")).getText().equals("Theme: dark"));
    assertThat(web.js("return getComputedStyle(document.body).backgroundColor"))
        .isEqualTo("rgb(18, 21, 28)");
    web.screenshot("web-organization-dark.png");
    web.open("#/blast/i-0d3v0000000000001");
    web.waitForText(By.id("counts"), "reachable");
    web.screenshot("web-blast-radius-dark.png");
    assertThat(web.js("return document.documentElement.dataset.theme")).isEqualTo("dark");
    web.js("localStorage.removeItem('accessgraph.theme')");
  }

  /** "name type" of each export since the page loaded, each checked to be non-empty. */
  private static List<String> exports() {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> exports =
        (List<Map<String, Object>>) web.js("return window.accessgraph.exports");
    assertThat(exports).allMatch(e -> ((Number) e.get("size")).longValue() > 100);
    return exports.stream().map(e -> e.get("name") + " " + e.get("type")).toList();
  }

  private static int number(WebElement element, String regex) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(element.getText());
    assertThat(m.find()).as("%s in %s", regex, element.getText()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  /** Nodes on screen (account boxes aside); -1 while a view is being replaced. */
  private static long drawnNodes() {
    return ((Number)
            web.js(
                "const cy = window.accessgraph.cy;"
                    + "return cy ? cy.nodes().filter(n => !n.isParent()).length : -1"))
        .longValue();
  }

  /** Types into a picker and chooses the hit with the keyboard. */
  private static void pick(String id, String text, String arn) {
    WebElement input = web.driver.findElement(By.id(id));
    input.sendKeys(text);
    web.waitFor(
        d ->
            d.findElements(By.cssSelector("#" + id + "-results li[aria-selected=true]")).stream()
                .anyMatch(li -> arn.equals(li.getDomAttribute("data-arn"))));
    input.sendKeys(Keys.ENTER);
    assertThat(input.getDomProperty("value")).isEqualTo(arn);
  }

  private static List<Integer> column(int index) {
    return web.driver.findElements(By.cssSelector("tbody tr td:nth-child(" + index + ")")).stream()
        .map(td -> Integer.parseInt(td.getText().strip()))
        .toList();
  }
}
