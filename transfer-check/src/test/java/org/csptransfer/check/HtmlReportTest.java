package org.csptransfer.check;

import static org.csptransfer.testkit.ContractExample.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.csptransfer.check.report.CheckedInput;
import org.csptransfer.check.report.HtmlReport;
import org.csptransfer.check.report.Labels;
import org.csptransfer.check.report.TextReport;
import org.csptransfer.core.Scenario;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.TransitionPipeline;
import org.csptransfer.rules.planning.TransitionPlanner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTML report: well formed, self-contained, escaped, one chart row per subscription. */
class HtmlReportTest {

  /** Three scenarios the French golden files show: an approval, a rejection, a transfer. */
  static final List<String> GOLDEN =
      List.of(
          "teams-stacked-with-too-few-seats",
          "cancel-mid-term-after-refund-window",
          "transfer-everything-from-another-partner");

  static CheckedInput evaluated(Path file) {
    Scenario scenario = BundledScenarios.read(file);
    TransitionDecision decision =
        TransitionPipeline.standard(scenario).evaluate(scenario.request());
    return CheckedInput.evaluated(BundledScenarios.title(file), scenario.request(), decision)
        .withOffers(scenario.offers());
  }

  static String page(Locale locale, List<CheckedInput> inputs) {
    return new HtmlReport(Labels.of(locale), "test").render(inputs);
  }

  private static List<CheckedInput> allBundled() {
    List<CheckedInput> inputs = new ArrayList<>();
    BundledScenarios.files().forEach(file -> inputs.add(evaluated(file)));
    return inputs;
  }

  /** A writer that remembers the largest piece it was handed and how many. */
  private static final class PieceCounter extends java.io.StringWriter {
    int pieces;
    int largest;

    @Override
    public java.io.StringWriter append(CharSequence text) {
      pieces++;
      largest = Math.max(largest, text.length());
      return super.append(text);
    }
  }

  @Test
  void aLargePageReachesItsWriterInBoundedPiecesAsItIsRendered() throws java.io.IOException {
    List<CheckedInput> inputs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      inputs.addAll(allBundled());
    }
    PieceCounter page = new PieceCounter();
    new HtmlReport(Labels.of(Locale.ENGLISH), "test").write(inputs, page);
    assertEquals(page(Locale.ENGLISH, inputs), page.toString());
    assertTrue(page.pieces > 20, "pieces: " + page.pieces);
    // A piece is what one row adds past the 64 Ki characters the report keeps before handing over.
    assertTrue(page.largest < 80_000, "largest piece: " + page.largest);
  }

  @Test
  void isWellFormedHtmlWithNoParseError() {
    Parser parser = Parser.htmlParser().setTrackErrors(50);
    Jsoup.parse(page(Locale.ENGLISH, allBundled()), "", parser);
    assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList());
  }

  @Test
  void needsNoNetworkAndNoScript() {
    Document page = Jsoup.parse(page(Locale.ENGLISH, allBundled()));
    assertTrue(page.select("script, link, img, iframe, object").isEmpty());
    assertTrue(page.select("[src]").isEmpty());
    for (Element link : page.select("[href]")) {
      assertTrue(link.attr("href").startsWith("#"), link::outerHtml);
    }
    assertEquals(
        "default-src 'none'; style-src 'unsafe-inline'",
        page.select("meta[http-equiv=Content-Security-Policy]").attr("content"));
  }

  @Test
  void summarisesEveryScenarioThenShowsEachWithOneChartRowPerSubscription() {
    List<CheckedInput> inputs = allBundled();
    Document page = Jsoup.parse(page(Locale.ENGLISH, inputs));
    assertEquals(inputs.size(), page.select("section.summary tbody tr").size());
    List<Element> sections = page.select("section.scenario");
    assertEquals(inputs.size(), sections.size());
    for (int i = 0; i < inputs.size(); i++) {
      CheckedInput input = inputs.get(i);
      Element section = sections.get(i);
      TransitionDecision decision = input.decision().orElseThrow();
      int sources = decision.timeline().size();
      int targets = input.request().orElseThrow().targets().size();
      assertEquals(sources, section.select("g.row.source").size(), input.title());
      assertEquals(
          sources == 0 ? 0 : targets, section.select("g.row.target").size(), input.title());
      long dates =
          decision.runbook().stream().flatMap(step -> step.date().stream()).distinct().count();
      assertEquals(dates, section.select("g.row.steps circle.step").size(), input.title());
      assertEquals(
          decision.runbook().size(), section.select("table.steps tr.step").size(), input.title());
      for (Element row : section.select("g.row.source, g.row.target")) {
        assertFalse(row.select("rect").isEmpty(), () -> input.title() + " " + row.outerHtml());
        for (Element rect : row.select("rect")) {
          assertTrue(Double.parseDouble(rect.attr("width")) > 0, rect::outerHtml);
        }
      }
      assertEquals(decision.actions().size(), section.select("ul.checklist li").size());
      assertTrue(section.text().contains(decision.verdict().name()));
    }
  }

  @Test
  void marksTransfersAndTheAsOfDate() {
    Path transfer = BundledScenarios.named("transfer-everything-from-another-partner");
    Document page = Jsoup.parse(page(Locale.ENGLISH, List.of(evaluated(transfer))));
    assertEquals(2, page.select("polygon.transfer").size());
    assertEquals(1, page.select("line.as-of").size());
    assertFalse(page.select("g.axis text").isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "Contoso & Fils",
        "Evil\u202eCorp\u001b[2K"
      })
  void rendersHostileNamesAsText(String name) {
    String json =
        replacing(
                "Contoso SARL",
                name.replace("\\", "\\\\")
                    .replace("\"", "\\\"")
                    .replace("\u202e", "\\u202e")
                    .replace("\u001b", "\\u001b"))
            .replace("\"sub-001\"", "\"<b>sub</b>\"");
    Scenario scenario = BundledScenarios.READER.read(json);
    TransitionDecision decision =
        TransitionPipeline.standard(scenario).evaluate(scenario.request());
    String html =
        page(
            Locale.ENGLISH,
            List.of(CheckedInput.evaluated("<i>file</i>.json", scenario.request(), decision)));
    Document page = Jsoup.parse(html);
    assertTrue(page.select("script, img, b, i").isEmpty(), html);
    assertTrue(page.text().contains("<b>sub</b>"), page.text());
    assertTrue(page.text().contains("<i>file</i>.json"));
    assertFalse(html.contains("\u202e") || html.contains("\u001b"));
    if (!name.contains("\u202e")) {
      assertTrue(page.select("p.parties").text().contains(name), page.select("p.parties").text());
    }
  }

  @Test
  void anUnreadableInputIsListedWithItsError() {
    Document page =
        Jsoup.parse(
            page(
                Locale.ENGLISH,
                List.of(CheckedInput.unreadable("bad.json", "bad.json: asOf: missing"))));
    assertEquals("bad.json: asOf: missing", page.select("p.error").text());
    assertEquals("Could not be read", page.select("section.summary .verdict").text());
  }

  @Test
  void aProposedPlanShowsItsTargetsTransfersAndNotes() {
    Scenario scenario =
        BundledScenarios.read(BundledScenarios.named("transfer-csp-buy-new-for-direct"));
    var plan = TransitionPlanner.of(TransitionPipeline.standard(scenario)).plan(scenario.request());
    Document page =
        Jsoup.parse(page(Locale.FRENCH, List.of(CheckedInput.planned("plan.json", plan))));
    String text = page.text();
    assertTrue(text.contains("Nouveaux abonnements proposés"), text);
    assertTrue(text.contains("Transferts proposés"), text);
    assertTrue(text.contains("Remarques"), text);
  }

  static Stream<String> golden() {
    return GOLDEN.stream();
  }

  /** The French reports of three scenarios, text and HTML, as reviewed by a French reader. */
  @Test
  void frenchGoldenReports() {
    for (String name : GOLDEN) {
      Path file = BundledScenarios.named(name);
      Golden.assertMatches("fr/" + name + ".html", page(Locale.FRENCH, List.of(evaluated(file))));
      CheckedInput input = evaluated(file);
      Golden.assertMatches(
          "fr/" + name + ".txt",
          TextReport.of(false, Locale.FRENCH)
              .render(
                  BundledScenarios.title(file),
                  input.request().orElseThrow(),
                  input.decision().orElseThrow()));
    }
  }
}
