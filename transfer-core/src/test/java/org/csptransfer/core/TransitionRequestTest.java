package org.csptransfer.core;

import static org.csptransfer.core.Fixtures.assertRefused;
import static org.csptransfer.core.Fixtures.request;
import static org.csptransfer.core.Fixtures.source;
import static org.csptransfer.core.Fixtures.target;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransitionRequestTest {

  private static SubscriptionId id(String value) {
    return SubscriptionId.of(value);
  }

  private static Transfer.Builder transfer(String id, String... sources) {
    Transfer.Builder transfer = Transfer.builder().id(TransferId.of(id)).date(Fixtures.AS_OF);
    for (String source : sources) {
      transfer.addSourceId(id(source));
    }
    return transfer;
  }

  @Test
  void aTargetStacksOnATargetOfThePlanThatDoesNotStack() {
    TransitionRequest stacked =
        request().addTargets(target("t1").build(), target("t2").stacksOn(id("t1")).build()).build();
    assertEquals(Optional.of(id("t1")), stacked.targets().get(1).stacksOn());
    assertRefused(
        "targets[t2].stacksOn: t9 is not a target of the request",
        () ->
            request()
                .addTargets(target("t1").build(), target("t2").stacksOn(id("t9")).build())
                .build());
    assertRefused(
        "targets[t3].stacksOn: t2 itself stacks on t1",
        () ->
            request()
                .addTargets(
                    target("t1").build(),
                    target("t2").stacksOn(id("t1")).build(),
                    target("t3").stacksOn(id("t2")).build())
                .build());
  }

  @Test
  void aStackedTargetReplacesNothingAndNotItself() {
    assertRefused(
        "targets[t2].stacksOn: a stacked target replaces no source, but it replaces [sub-001]",
        () -> target("t2", "sub-001").stacksOn(id("t1")).build());
    assertRefused(
        "targets[t1].stacksOn: names the target itself",
        () -> target("t1").stacksOn(id("t1")).build());
  }

  @Test
  void aSourceIsInAtMostOneTransferOfThePlan() {
    TransitionRequest transferred =
        request()
            .addSources(source("sub-001").build(), source("sub-002").build())
            .addTransfers(transfer("x1", "sub-001").build(), transfer("x2", "sub-002").build())
            .build();
    assertEquals(2, transferred.transfers().size());
    assertRefused(
        "transfers[x2].sources: sub-001 is already in transfer x1",
        () ->
            request()
                .addSource(source("sub-001").build())
                .addTransfers(transfer("x1", "sub-001").build(), transfer("x2", "sub-001").build())
                .build());
    assertRefused(
        "transfers[x1].sources: sub-001 appears twice",
        () -> transfer("x1", "sub-001", "sub-001").build());
  }

  @Test
  void aTransferMovesSourcesOfThePlanAndHasAUniqueId() {
    assertRefused(
        "transfers[x1].sources: sub-009 is not a source of the request",
        () -> request().addTransfer(transfer("x1", "sub-009").build()).build());
    assertRefused(
        "transfers: duplicate id x1",
        () -> request().addTransfers(transfer("x1").build(), transfer("x1").build()).build());
  }

  @Test
  void aTransferredSourceIsNeverCancelled() {
    assertRefused(
        "transfers[x1].sources: sub-001 is cancelled; a transferred subscription is left to expire",
        () ->
            request()
                .addSource(
                    source("sub-001")
                        .disposition(Disposition.CANCEL)
                        .cancelOn(Fixtures.AS_OF.plusDays(3))
                        .build())
                .addTransfer(transfer("x1", "sub-001").build())
                .build());
  }

  @Test
  void aParentNamesAnotherSource() {
    TransitionRequest addOn =
        request()
            .addSources(source("base").build(), source("addon").parentId(id("base")).build())
            .build();
    assertEquals(Optional.of(id("base")), addOn.sources().get(1).parentId());
    assertRefused(
        "sources[addon].parentId: nobody is not a source of the request",
        () -> request().addSource(source("addon").parentId(id("nobody")).build()).build());
    assertRefused(
        "sources[addon].parentId: names the subscription itself",
        () -> source("addon").parentId(id("addon")).build());
  }

  @Test
  void transfersAreNamedByPositionWhenAPlanNamesNone() {
    assertEquals(TransferId.of("x3"), Transfer.positionalId(3));
    assertRefused("transfers: position 0 is not positive", () -> Transfer.positionalId(0));
  }

  @Test
  void sourceIdsAreUnique() {
    assertRefused(
        "sources: duplicate id sub-001",
        () -> request().addSources(source("sub-001").build(), source("sub-001").build()).build());
  }

  @Test
  void targetIdsAreUnique() {
    assertRefused(
        "targets: duplicate id t1",
        () -> request().addTargets(target("t1").build(), target("t1").build()).build());
  }

  @Test
  void aTargetReplacesOnlySourcesOfTheRequest() {
    assertRefused(
        "targets[t1].replaces: sub-009 is not a source of the request",
        () ->
            request()
                .addSource(source("sub-001").build())
                .addTarget(target("t1", "sub-009").build())
                .build());
  }

  @Test
  void aValidRequestFindsItsSources() {
    Subscription first = source("sub-001").build();
    Subscription second = source("sub-002").build();
    TransitionRequest request =
        request()
            .addSources(first, second)
            .addTargets(target("t1", "sub-001", "sub-002").build(), target("t2").build())
            .build();
    assertEquals(Optional.of(second), request.source(SubscriptionId.of("sub-002")));
    assertEquals(Optional.empty(), request.source(SubscriptionId.of("sub-003")));
    assertEquals(Optional.of(request.targets().get(1)), request.target(SubscriptionId.of("t2")));
    assertEquals(Optional.empty(), request.target(SubscriptionId.of("sub-001")));
    assertEquals(2, request.targets().size());
  }

  @Test
  void equalByContent() {
    new EqualsTester()
        .addEqualityGroup(request().build(), request().build())
        .addEqualityGroup(request().addSource(source("sub-001").build()).build())
        .addEqualityGroup(request().asOf(Fixtures.AS_OF.plusDays(1)).build())
        .testEquals();
  }

  @Test
  void moneyPrintsAmountAndCurrency() {
    Money price = Money.of(new BigDecimal("412.50"), Currency.getInstance("EUR"));
    assertEquals("412.50 EUR", price.toString());
    new EqualsTester()
        .addEqualityGroup(price, Money.of(new BigDecimal("412.50"), Currency.getInstance("EUR")))
        .addEqualityGroup(Money.of(new BigDecimal("412.5"), Currency.getInstance("EUR")))
        .addEqualityGroup(Money.of(new BigDecimal("412.50"), Currency.getInstance("USD")))
        .testEquals();
  }
}
