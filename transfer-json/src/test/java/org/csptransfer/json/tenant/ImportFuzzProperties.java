package org.csptransfer.json.tenant;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.csptransfer.catalog.MicrosoftLicensing;
import org.csptransfer.core.Scenario;
import org.csptransfer.core.TenantId;
import org.csptransfer.json.JsonMutations;
import org.csptransfer.json.ScenarioException;
import org.csptransfer.testkit.Samples;
import org.junit.jupiter.api.Test;

/**
 * Random mutations of the example tenant's three bodies (Graph's {@code subscribedSkus} and {@code
 * directory/subscriptions}, Partner Center's subscriptions), made as {@link ReaderFuzzProperties}
 * makes them, never make the import throw anything but {@link ScenarioException}, with a one-line,
 * bounded problem that names its body; and whatever it imports evaluates and plans without an
 * exception.
 */
class ImportFuzzProperties {

  // 1,500 in the ordinary build; the mutation build asks for fewer (csptransfer.examples).
  private static final int EXAMPLES =
      Math.min(1_500, Integer.getInteger("csptransfer.examples", 1_500));
  private static final Path TENANT = Path.of("..", "transfer-examples", "tenant-example");
  private static final List<String> BODIES =
      List.of(
          body("subscribedSkus.json"),
          body("subscriptions.json"),
          body("partnercenter-subscriptions.json"));

  private static String body(String name) {
    try {
      return Files.readString(TENANT.resolve(name), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TenantImport.Result imported(List<String> bodies) throws IOException {
    return TenantImport.builder()
        .skus(MicrosoftLicensing.skus())
        .subscribedSkus(new StringReader(bodies.get(0)))
        .directorySubscriptions(new StringReader(bodies.get(1)))
        .partnerCenterSubscriptions(new StringReader(bodies.get(2)))
        .build()
        .toScenario(
            LocalDate.of(2026, 3, 1),
            Samples.fabrikam().build(),
            Samples.contoso()
                .tenantId(TenantId.parse("0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b"))
                .build());
  }

  @Test
  void theUnmutatedBodiesImport() throws IOException {
    assertTrue(imported(BODIES).scenario().request().sources().size() > 1);
  }

  @Test
  void mutatedBodiesFailOnlyWithTheImportsOwnOneLineProblem() {
    qt().withExamples(EXAMPLES)
        .forAll(
            integers().between(0, BODIES.size() - 1),
            integers().between(0, 5),
            integers().allPositive(),
            integers().allPositive())
        .checkAssert(
            (body, kind, at, pick) -> {
              int size = 1 + Math.floorMod(pick, 200);
              List<String> bodies = new ArrayList<>(BODIES);
              bodies.set(body, JsonMutations.mutate(bodies.get(body), kind, at, size, pick));
              try {
                TenantImport.Result result = imported(bodies);
                Scenario scenario = result.scenario();
                // Only that nothing throws matters here.
                JsonMutations.judgeAndPlan(scenario);
                var unusedMessages = result.messages(Locale.FRENCH);
              } catch (ScenarioException e) {
                JsonMutations.assertReadableProblem(e);
                assertTrue(e.body().isPresent(), () -> "no body named: " + e.getMessage());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }
}
