package org.csptransfer.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.csptransfer.check.report.CheckedInput;
import org.csptransfer.rules.TransitionDecision;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The HTML report of the bundled scenarios opened in a real headless Chromium: no console error,
 * one chart row of non-zero size per source and per target of each scenario, and a screenshot under
 * target/ for people to look at. Tagged "browser": run by {@code ./mvnw -B -Pbrowser verify}, which
 * .ci/run does after installing Debian's chromium and chromium-driver.
 */
@Tag("browser")
class HtmlReportBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private static ChromeDriver browser;
  private static Path profile;

  @BeforeAll
  static void startChromium() throws IOException {
    profile = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1000, 1400));
  }

  @AfterAll
  static void stopChromium() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theBundledScenariosReportRendersEveryRowWithoutAConsoleError() throws IOException {
    List<CheckedInput> inputs = new ArrayList<>();
    BundledScenarios.files().forEach(file -> inputs.add(HtmlReportTest.evaluated(file)));
    Path page = Path.of("target", "report-of-the-bundled-scenarios.html").toAbsolutePath();
    Files.writeString(page, HtmlReportTest.page(Locale.ENGLISH, inputs));
    browser.get(page.toUri().toString());

    List<WebElement> sections = browser.findElements(By.cssSelector("section.scenario"));
    assertEquals(inputs.size(), sections.size());
    for (int i = 0; i < inputs.size(); i++) {
      TransitionDecision decision = inputs.get(i).decision().orElseThrow();
      int sources = decision.timeline().size();
      int targets = inputs.get(i).request().orElseThrow().targets().size();
      List<WebElement> rows =
          sections.get(i).findElements(By.cssSelector("g.row.source, g.row.target"));
      assertEquals(sources == 0 ? 0 : sources + targets, rows.size(), inputs.get(i).title());
      List<WebElement> steps = sections.get(i).findElements(By.cssSelector("table.steps tr.step"));
      assertEquals(decision.runbook().size(), steps.size(), inputs.get(i).title());
      for (WebElement step : steps) {
        assertTrue(step.isDisplayed(), inputs.get(i).title());
        assertEquals(4, step.findElements(By.tagName("td")).size(), inputs.get(i).title());
      }
      for (WebElement row : rows) {
        Object drawn =
            browser.executeScript(
                "const b = arguments[0].getBBox(); return b.width > 0 && b.height > 0;", row);
        assertEquals(true, drawn, inputs.get(i).title());
      }
    }
    List<LogEntry> errors =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(
                entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
            .toList();
    assertEquals(List.of(), errors);

    byte[] screenshot = browser.getScreenshotAs(OutputType.BYTES);
    Files.write(Path.of("target", "report-screenshot.png"), screenshot);
    assertTrue(screenshot.length > 10_000, "a screenshot with something on it");
  }

  @Test
  void theFrenchReportOfThreeScenariosGivesTheReadmeScreenshot() throws IOException {
    List<CheckedInput> inputs = new ArrayList<>();
    for (String name : HtmlReportTest.GOLDEN) {
      inputs.add(HtmlReportTest.evaluated(BundledScenarios.named(name)));
    }
    Path page = Path.of("target", "rapport.html").toAbsolutePath();
    Files.writeString(page, HtmlReportTest.page(Locale.FRENCH, inputs));
    browser.get(page.toUri().toString());
    WebElement first = browser.findElement(By.cssSelector("section.scenario"));
    Files.write(
        Path.of("target", "report-screenshot-fr.png"),
        ((TakesScreenshot) first).getScreenshotAs(OutputType.BYTES));
    assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
  }
}
