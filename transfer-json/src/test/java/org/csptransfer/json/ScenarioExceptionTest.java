package org.csptransfer.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A problem names its field: the last name of its JSON path. */
class ScenarioExceptionTest {

  @Test
  void aProblemsFieldIsTheLastNameOfItsPath() {
    assertEquals("quantity", new ScenarioException("sources[0].quantity", "x").field());
    assertEquals("replaces", new ScenarioException("targets[0].replaces[1]", "x").field());
    assertEquals("asOf", new ScenarioException("asOf", "x").field());
    assertEquals("[3]", new ScenarioException("[3]", "x").field());
    assertEquals("sources", new ScenarioException("sources[2]", "x").field());
    assertEquals("(document)", new ScenarioException("(document)", "x").field());
    assertEquals("items", new ScenarioException("a.items[0][1]", "x").field());
    assertEquals("(document)", new ScenarioException("(document)", "x").field());
  }
}
