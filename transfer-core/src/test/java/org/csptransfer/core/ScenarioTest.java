package org.csptransfer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one scenario type: equal when its parts are, changed one part at a time, printable. */
class ScenarioTest {

  private static final TransitionRequest REQUEST =
      Fixtures.request().addSource(Fixtures.source("s1").build()).build();
  private static final OfferCatalog OFFERS =
      OfferCatalog.builder()
          .addOffer(Fixtures.offer("O365_E3", "EXCHANGE_S_ENTERPRISE").build())
          .build();
  private static final Scenario SCENARIO =
      Scenario.of(REQUEST, OFFERS, TransitionPolicy.defaults());

  @Test
  void scenariosAreEqualWhenRequestOffersAndPolicyAre() {
    TransitionRequest other = Fixtures.request().sources(List.of()).build();
    TransitionPolicy tolerant = TransitionPolicy.builder().overlapToleranceDays(1).build();
    new EqualsTester()
        .addEqualityGroup(
            SCENARIO,
            Scenario.of(
                Fixtures.request().addSource(Fixtures.source("s1").build()).build(),
                OFFERS,
                TransitionPolicy.builder().build()))
        .addEqualityGroup(SCENARIO.withRequest(other))
        .addEqualityGroup(Scenario.of(REQUEST, OfferCatalog.builder().build(), SCENARIO.policy()))
        .addEqualityGroup(SCENARIO.withPolicy(tolerant))
        .testEquals();
  }

  @Test
  void aChangedCopyKeepsTheOtherParts() {
    TransitionRequest other = Fixtures.request().sources(List.of()).build();
    Scenario changed = SCENARIO.withRequest(other);
    assertSame(other, changed.request());
    assertSame(OFFERS, changed.offers());
    assertSame(SCENARIO.policy(), changed.policy());
    TransitionPolicy tolerant = TransitionPolicy.builder().overlapToleranceDays(1).build();
    Scenario judgedOtherwise = SCENARIO.withPolicy(tolerant);
    assertSame(REQUEST, judgedOtherwise.request());
    assertSame(OFFERS, judgedOtherwise.offers());
    assertSame(tolerant, judgedOtherwise.policy());
  }

  @Test
  void itPrintsTheRequestAndPolicyButNotTheOffers() {
    assertEquals(
        "Scenario[" + REQUEST + ", " + TransitionPolicy.defaults() + "]", SCENARIO.toString());
    assertFalse(SCENARIO.toString().contains("EXCHANGE_S_ENTERPRISE"));
  }

  @Test
  @SuppressWarnings("NullAway") // passing null is the point
  void eachPartIsRequiredByName() {
    assertEquals(
        "request",
        assertThrows(
                NullPointerException.class,
                () -> Scenario.of(null, OFFERS, TransitionPolicy.defaults()))
            .getMessage());
    assertEquals(
        "offers",
        assertThrows(
                NullPointerException.class,
                () -> Scenario.of(REQUEST, null, TransitionPolicy.defaults()))
            .getMessage());
    assertEquals(
        "policy",
        assertThrows(NullPointerException.class, () -> Scenario.of(REQUEST, OFFERS, null))
            .getMessage());
    assertThrows(NullPointerException.class, () -> SCENARIO.withRequest(null));
    assertThrows(NullPointerException.class, () -> SCENARIO.withPolicy(null));
  }
}
