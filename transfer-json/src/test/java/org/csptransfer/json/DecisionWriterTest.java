package org.csptransfer.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.csptransfer.core.Channel;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.Money;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.Scenario;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.Transfer;
import org.csptransfer.core.TransferId;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.json.internal.Printable;
import org.csptransfer.rules.Finding;
import org.csptransfer.rules.Messages;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.TransitionPipeline;
import org.csptransfer.rules.planning.ProposedPlan;
import org.csptransfer.rules.planning.TransitionPlanner;
import org.csptransfer.testkit.Samples;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DecisionWriterTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TransitionPipeline PIPELINE =
      TransitionPipeline.builder().offers(Samples.offers()).build();

  /** Cancelled early with a price, short of seats: findings with actions, money and a timeline. */
  private static TransitionRequest troubledPlan() {
    return Samples.request()
        .addSource(
            Samples.e3Source("sub-001")
                .disposition(Disposition.CANCEL)
                .cancelOn(LocalDate.of(2026, 3, 10))
                .monthlyPricePerSeat(Money.of(new BigDecimal("19.99"), Currency.getInstance("EUR")))
                .build())
        .addTarget(Samples.e3Target("t1", "sub-001").quantity(40).build())
        .build();
  }

  private static JsonNode tree(String json) {
    return JSON.readTree(json);
  }

  @Test
  void writesTheContractsShape() {
    TransitionDecision decision = PIPELINE.evaluate(troubledPlan());
    JsonNode json = tree(DecisionWriter.standard().write(decision));
    assertEquals(
        List.of("verdict", "findings", "actions", "timeline", "trace", "runbook"),
        new ArrayList<>(json.propertyNames()));
    assertEquals(decision.verdict().name(), json.get("verdict").stringValue());
    assertEquals(decision.findings().size(), json.get("findings").size());
    JsonNode finding = json.get("findings").get(0);
    assertEquals(decision.findings().get(0).code(), finding.get("code").stringValue());
    assertEquals(decision.findings().get(0).message(), finding.get("message").stringValue());
    for (String key : List.of("severity", "rule", "subjects", "arguments")) {
      assertTrue(finding.has(key), key);
    }
    JsonNode action = json.get("actions").get(0);
    assertEquals(decision.actions().get(0).kind().name(), action.get("type").stringValue());
    assertEquals(decision.actions().get(0).description(), action.get("description").stringValue());
    JsonNode timeline = json.get("timeline").get(0);
    assertEquals("sub-001", timeline.get("source").stringValue());
    assertEquals("2026-03-09", timeline.get("lastDayOfService").stringValue());
    assertEquals("2026-03-10", timeline.get("firstDayWithoutService").stringValue());
    assertEquals("EUR", timeline.get("forfeitedValue").get("currency").stringValue());
    assertTrue(timeline.get("forfeitedValue").get("amount").isNumber());
    assertEquals("t1", timeline.get("targets").get(0).get("target").stringValue());
    assertEquals(6, json.get("trace").size());
    assertEquals(-1, DecisionWriter.standard().write(decision).indexOf('\n'));
  }

  @Test
  void argumentsKeepTheirJsonTypes() {
    TransitionDecision decision = PIPELINE.evaluate(troubledPlan());
    JsonNode findings = tree(DecisionWriter.standard().write(decision)).get("findings");
    boolean sawNumber = false;
    boolean sawMoney = false;
    for (JsonNode finding : findings) {
      for (JsonNode argument : finding.get("arguments")) {
        sawNumber |= argument.isIntegralNumber();
        sawMoney |= argument.isObject() && argument.has("currency");
      }
    }
    assertTrue(sawNumber, findings::toString);
    assertTrue(sawMoney, findings::toString);
  }

  @Test
  void frenchChangesMessagesAndDescriptionsButNoCodeOrKey() {
    TransitionDecision decision = PIPELINE.evaluate(troubledPlan());
    JsonNode english = tree(DecisionWriter.standard().write(decision));
    JsonNode french = tree(DecisionWriter.builder().locale(Locale.FRENCH).build().write(decision));
    JsonNode englishFinding = english.get("findings").get(0);
    JsonNode frenchFinding = french.get("findings").get(0);
    assertEquals(englishFinding.get("code"), frenchFinding.get("code"));
    assertEquals(englishFinding.get("arguments"), frenchFinding.get("arguments"));
    assertEquals(english.get("timeline"), french.get("timeline"));
    assertEquals(
        decision.findings().get(0).message(Locale.FRENCH),
        frenchFinding.get("message").stringValue());
    assertEquals(
        decision.actions().get(0).description(Locale.FRENCH),
        french.get("actions").get(0).get("description").stringValue());
  }

  @Test
  void theWritersMessagesRenderTheText() {
    TransitionDecision decision = PIPELINE.evaluate(troubledPlan());
    String code = decision.findings().get(0).code();
    Messages custom =
        Messages.standard().withTemplates(Locale.ENGLISH, Map.of("finding." + code, "custom text"));
    JsonNode json = tree(DecisionWriter.builder().messages(custom).build().write(decision));
    assertEquals("custom text", json.get("findings").get(0).get("message").stringValue());
  }

  @Test
  void escapesWhatCouldHideOrForgeTextYetKeepsTheValue() {
    String hostile = "sub\u001b[2K\r\u2028\u202eAPPROVED\u0085\u200b";
    TransitionRequest request =
        Samples.request().addSource(Samples.e3Source(hostile).build()).build();
    TransitionDecision decision = PIPELINE.evaluate(request);
    String text = DecisionWriter.standard().write(decision);
    assertTrue(
        text.chars()
            .noneMatch(
                c ->
                    c < 0x20
                        || (c >= 0x7f && c <= 0x9f)
                        || c == 0x2028
                        || c == 0x202e
                        || c == 0x200b),
        text);
    assertTrue(text.contains("\\u001B[2K") || text.contains("\\u001b[2K"), text);
    assertTrue(text.contains("\\u202e"), text);
    assertEquals(hostile, tree(text).get("timeline").get(0).get("source").stringValue());
    assertEquals(-1, text.indexOf('\n'));
  }

  @Test
  void loneSurrogatesAreEscapedAndWholePairsKept() {
    String id = "sub\ud800-\udc00-😀-\ud83d";
    TransitionRequest request = Samples.request().addSource(Samples.e3Source(id).build()).build();
    String text = DecisionWriter.standard().write(PIPELINE.evaluate(request));
    assertTrue(text.contains("sub\\ud800-\\udc00-😀-\\ud83d"), text);
    for (int i = 0; i < text.length(); i++) {
      assertFalse(Printable.isLoneSurrogate(text, i), text);
    }
    assertEquals(id, tree(text).get("timeline").get(0).get("source").stringValue());
    java.io.StringWriter pieces = new java.io.StringWriter();
    // A pair split between two writes of the escaping writer stays a pair.
    try (tools.jackson.core.JsonGenerator json =
        org.csptransfer.json.internal.JsonOutput.generator(pieces, false)) {
      json.writeString("😀".repeat(5000) + "\ud800");
    }
    String written = pieces.toString();
    assertEquals("\"" + "😀".repeat(5000) + "\\ud800\"", written);
  }

  @Test
  void frenchLettersAreWrittenAsThemselves() {
    TransitionDecision decision = PIPELINE.evaluate(troubledPlan());
    String french = DecisionWriter.builder().locale(Locale.FRENCH).build().write(decision);
    assertFalse(french.contains("\\u00e9"), french);
  }

  @Test
  void leadingFieldsComeFirstInTheirOrder() throws IOException {
    TransitionDecision decision = PIPELINE.evaluate(Samples.typicalPlan().build());
    Map<String, Object> leading = new LinkedHashMap<>();
    leading.put("line", 7L);
    leading.put("file", "a.json");
    StringWriter out = new StringWriter();
    DecisionWriter.standard().write(leading, decision, out);
    JsonNode json = tree(out.toString());
    assertEquals(
        List.of("line", "file", "verdict", "findings", "actions", "timeline", "trace", "runbook"),
        new ArrayList<>(json.propertyNames()));
    assertEquals(7, json.get("line").intValue());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            DecisionWriter.standard()
                .write(Map.of("when", LocalDate.MIN), decision, new StringWriter()));
  }

  @Test
  void writesAnErrorInPlaceOfADecision() throws IOException {
    StringWriter out = new StringWriter();
    DecisionWriter.standard()
        .writeError(Map.of("line", 3), "sources[0].quantity: -1 is negative", out);
    assertEquals("{\"line\":3,\"error\":\"sources[0].quantity: -1 is negative\"}", out.toString());
  }

  @Test
  void prettyPrintedDecisionsAreTheSameValue() {
    TransitionDecision decision = PIPELINE.evaluate(troubledPlan());
    String pretty = DecisionWriter.builder().prettyPrinted(true).build().write(decision);
    assertTrue(pretty.contains("\n  \"findings\""), pretty);
    assertEquals(tree(DecisionWriter.standard().write(decision)), tree(pretty));
  }

  @Test
  void writesAProposedPlanWithTransfersAndNotesInTheScenarioFormat() {
    TransitionRequest request =
        Samples.request()
            .addSource(
                Samples.e3Source("sub-001")
                    .channel(Channel.CSP)
                    .partnerId(Samples.NORTHWIND)
                    .build())
            .addSource(Samples.e3Source("sub-002").assignedLicenses(0).build())
            .addSource(Samples.e3Source("sub-003").build())
            .build();
    ProposedPlan plan = TransitionPlanner.of(PIPELINE).plan(request);
    JsonNode json = tree(DecisionWriter.standard().write(plan));
    assertEquals(List.of("plan", "decision"), new ArrayList<>(json.propertyNames()));
    JsonNode proposed = json.get("plan");
    assertEquals(
        List.of("targets", "transfers", "dispositions", "notes"),
        new ArrayList<>(proposed.propertyNames()));
    assertEquals("sub-001", proposed.get("transfers").get(0).get("sources").get(0).stringValue());
    assertEquals("LET_EXPIRE", proposed.get("dispositions").get("sub-002").stringValue());
    assertEquals(plan.notes().size(), proposed.get("notes").size());
    assertEquals(plan.notes().get(0).message(), proposed.get("notes").get(0).stringValue());
    assertEquals(
        plan.decision().verdict().name(), json.get("decision").get("verdict").stringValue());
    String scenario =
        ScenarioWriter.standard()
            .write(Scenario.of(plan.request(), Samples.offers(), TransitionPolicy.defaults()));
    JsonNode written = tree(scenario);
    assertEquals(written.get("targets"), proposed.get("targets"));
    assertEquals(written.get("transfers"), proposed.get("transfers"));
  }

  @Test
  void aPlanWithoutTransfersHasNoTransfersField() {
    ProposedPlan plan = TransitionPlanner.of(PIPELINE).plan(Samples.typicalPlan().build());
    JsonNode proposed = tree(DecisionWriter.standard().write(plan)).get("plan");
    assertFalse(proposed.has("transfers"));
    assertNotEquals(0, proposed.get("targets").size());
  }

  @Test
  void writesATransfersTimelineAndStackedTargets() {
    TransitionRequest request =
        Samples.request()
            .addSource(
                Samples.e3Source("sub-001")
                    .channel(Channel.CSP)
                    .partnerId(PartnerId.of("7654321"))
                    .monthlyPricePerSeat(
                        Money.of(new BigDecimal("20"), Currency.getInstance("EUR")))
                    .build())
            .addTransfer(
                Transfer.builder()
                    .id(TransferId.of("x1"))
                    .date(Samples.AS_OF)
                    .addSourceId(SubscriptionId.of("sub-001"))
                    .build())
            .build();
    JsonNode timeline =
        tree(DecisionWriter.standard().write(PIPELINE.evaluate(request))).get("timeline").get(0);
    JsonNode transfer = timeline.get("transfer");
    assertEquals("x1", transfer.get("transfer").stringValue());
    assertEquals("2026-03-01", transfer.get("date").stringValue());
    assertTrue(transfer.get("billedDays").isIntegralNumber());
    assertEquals("EUR", transfer.get("billedValue").get("currency").stringValue());
  }

  @Test
  void aFindingCarriesItsActionAndListArgumentsAsArrays() throws IOException {
    boolean sawAction = false;
    boolean sawNoAction = false;
    for (java.nio.file.Path file : ScenarioFiles.bundled()) {
      Scenario scenario = ScenarioFiles.READER.read(file);
      TransitionDecision decision =
          TransitionPipeline.standard(scenario).evaluate(scenario.request());
      JsonNode written = tree(DecisionWriter.standard().write(decision)).get("findings");
      for (int i = 0; i < written.size(); i++) {
        Finding finding = decision.findings().get(i);
        assertEquals(finding.action().isPresent(), written.get(i).has("action"), finding::code);
        sawAction |= finding.action().isPresent();
        sawNoAction |= finding.action().isEmpty();
      }
    }
    JsonNode findings =
        tree(DecisionWriter.standard().write(PIPELINE.evaluate(troubledPlan()))).get("findings");
    assertTrue(sawAction && sawNoAction);
    JsonNode shortfall =
        findings
            .valueStream()
            .filter(finding -> finding.get("code").stringValue().equals("LICENSE_SHORTFALL"))
            .findFirst()
            .orElseThrow();
    assertTrue(shortfall.get("arguments").get("sources").isArray(), shortfall::toString);
    assertEquals("sub-001", shortfall.get("arguments").get("sources").get(0).stringValue());
  }

  @Test
  void aProposedPlanTakesLeadingFieldsToo() throws IOException {
    ProposedPlan plan = TransitionPlanner.of(PIPELINE).plan(Samples.typicalPlan().build());
    StringWriter out = new StringWriter();
    DecisionWriter.standard().write(Map.of("line", 2), plan, out);
    assertEquals(
        List.of("line", "plan", "decision"), new ArrayList<>(tree(out.toString()).propertyNames()));
    assertEquals(Locale.FRENCH, DecisionWriter.builder().locale(Locale.FRENCH).build().locale());
    assertEquals(Locale.ENGLISH, DecisionWriter.standard().locale());
  }

  @Test
  void theWritersFailureIsAnIOExceptionAsIs() {
    IOException broken = new IOException("disk full");
    Writer failing =
        new Writer() {
          @Override
          public void write(char[] text, int offset, int length) throws IOException {
            throw broken;
          }

          @Override
          public void flush() throws IOException {
            throw broken;
          }

          @Override
          public void close() {}
        };
    TransitionDecision decision = PIPELINE.evaluate(troubledPlan());
    assertSame(
        broken,
        assertThrows(IOException.class, () -> DecisionWriter.standard().write(decision, failing)));
    Scenario scenario = ScenarioFiles.READER.read(ScenarioFiles.VALID);
    assertSame(
        broken,
        assertThrows(IOException.class, () -> ScenarioWriter.standard().write(scenario, failing)));
  }
}
