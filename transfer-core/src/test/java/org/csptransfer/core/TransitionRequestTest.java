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
    assertEquals(0, request.indexOf(SubscriptionId.of("sub-001")));
    assertEquals(1, request.indexOf(SubscriptionId.of("sub-002")));
    assertEquals(-1, request.indexOf(SubscriptionId.of("sub-003")));
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
