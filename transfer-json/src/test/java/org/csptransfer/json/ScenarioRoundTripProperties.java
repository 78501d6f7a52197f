package org.csptransfer.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import org.csptransfer.core.Scenario;
import org.csptransfer.testkit.quicktheories.CoreGens;
import org.junit.jupiter.api.Test;

/** A scenario written and read back is the same scenario, over the testkit's whole range. */
class ScenarioRoundTripProperties {

  private static final ScenarioReader READER = ScenarioReader.standard();

  @Test
  void writtenThenReadIsEqual() {
    qt().withExamples(500)
        .forAll(CoreGens.scenarios())
        .checkAssert(
            generated -> {
              Scenario scenario = generated;
              assertEquals(scenario, READER.read(ScenarioWriter.standard().write(scenario)));
            });
  }

  @Test
  void oneLineScenariosReadTheSameAsIndentedOnes() {
    qt().withExamples(200)
        .forAll(CoreGens.scenarios())
        .checkAssert(
            generated -> {
              Scenario scenario = generated;
              String line = ScenarioWriter.oneLine().write(scenario);
              assertEquals(-1, line.indexOf('\n'));
              assertEquals(scenario, READER.read(line));
            });
  }
}
