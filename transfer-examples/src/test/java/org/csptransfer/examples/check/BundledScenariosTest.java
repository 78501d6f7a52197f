package org.csptransfer.examples.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.csptransfer.rules.FindingCode;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.Verdict;
import org.junit.jupiter.api.Test;

/** The scenarios shipped in transfer-examples/scenarios. */
class BundledScenariosTest {

  @Test
  void thereAreAtLeastTenAndTheyTogetherRaiseEveryCode() throws IOException {
    List<Path> files = ScenarioFiles.bundled();
    assertTrue(files.size() >= 10, files::toString);
    Set<FindingCode> raised = EnumSet.noneOf(FindingCode.class);
    Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
    ScenarioReader reader = ScenarioReader.standard();
    for (Path file : files) {
      Scenario scenario = reader.read(file);
      TransitionDecision decision = scenario.pipeline().evaluate(scenario.request());
      decision.codes().forEach(code -> raised.add(FindingCode.valueOf(code)));
      verdicts.add(decision.verdict());
    }
    assertEquals(EnumSet.allOf(FindingCode.class), raised);
    assertEquals(EnumSet.allOf(Verdict.class), verdicts);
  }
}
