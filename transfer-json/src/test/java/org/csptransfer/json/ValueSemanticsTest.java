package org.csptransfer.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.common.testing.EqualsTester;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.junit.jupiter.api.Test;

/** The module's values: equal when their parts are, and printable for a debugger. */
class ValueSemanticsTest {

  private static final Scenario CONTRACT = ScenarioFiles.READER.read(ScenarioFiles.VALID);

  @Test
  void scenariosAreEqualWhenRequestOffersAndPolicyAre() {
    TransitionRequest other =
        TransitionRequest.builder().from(CONTRACT.request()).targets(java.util.List.of()).build();
    new EqualsTester()
        .addEqualityGroup(CONTRACT, ScenarioFiles.READER.read(ScenarioFiles.VALID))
        .addEqualityGroup(CONTRACT.withRequest(other))
        .addEqualityGroup(
            Scenario.of(
                CONTRACT.request(),
                org.csptransfer.core.OfferCatalog.builder().build(),
                CONTRACT.policy()))
        .addEqualityGroup(
            Scenario.of(
                CONTRACT.request(),
                CONTRACT.offers(),
                TransitionPolicy.builder().overlapToleranceDays(1).build()))
        .testEquals();
  }

  @Test
  void withRequestKeepsOffersAndPolicy() {
    TransitionRequest other =
        TransitionRequest.builder().from(CONTRACT.request()).targets(java.util.List.of()).build();
    Scenario changed = CONTRACT.withRequest(other);
    assertSame(other, changed.request());
    assertSame(CONTRACT.offers(), changed.offers());
    assertSame(CONTRACT.policy(), changed.policy());
    assertEquals("Scenario[" + CONTRACT.request() + "]", CONTRACT.toString());
  }

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
