package org.csptransfer.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.csptransfer.core.Scenario;
import org.csptransfer.json.DecisionWriter;
import org.csptransfer.rules.FindingCode;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.TransitionPipeline;
import org.csptransfer.rules.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The scenarios shipped in transfer-examples/scenarios. */
class BundledScenariosTest {

  static Stream<Path> bundled() {
    return BundledScenarios.files().stream();
  }

  @Test
  void togetherTheyRaiseEveryCodeAndReachEveryVerdict() {
    List<Path> files = BundledScenarios.files();
    assertTrue(files.size() >= 30, files::toString);
    Set<FindingCode> raised = EnumSet.noneOf(FindingCode.class);
    Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
    for (Path file : files) {
      Scenario scenario = BundledScenarios.read(file);
      TransitionDecision decision =
          TransitionPipeline.standard(scenario).evaluate(scenario.request());
      decision.codes().forEach(code -> raised.add(FindingCode.valueOf(code)));
      verdicts.add(decision.verdict());
    }
    assertEquals(EnumSet.allOf(FindingCode.class), raised);
    assertEquals(EnumSet.allOf(Verdict.class), verdicts);
  }

  /** The decision JSON of each bundled scenario is stable: a reviewed golden file per scenario. */
  @ParameterizedTest
  @MethodSource("bundled")
  void theDecisionOfEachIsItsReviewedGoldenFile(Path file) {
    Scenario scenario = BundledScenarios.read(file);
    TransitionDecision decision =
        TransitionPipeline.standard(scenario).evaluate(scenario.request());
    String json = DecisionWriter.builder().prettyPrinted(true).build().write(decision) + "\n";
    String name = file.getFileName().toString();
    Golden.assertMatches("decisions/" + name, json);
  }

  /** The title of each scenario file says what it shows: its verdict agrees with its name. */
  @ParameterizedTest
  @MethodSource("bundled")
  void eachIsReadAsTheCommandReadsIt(Path file) {
    CommandRun run = CommandRun.of("--json", file.toString());
    assertTrue(run.status == 0 || run.status == 1, run.err);
    assertEquals("", run.err);
  }
}
