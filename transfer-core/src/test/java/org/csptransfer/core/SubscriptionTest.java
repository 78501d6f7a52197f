package org.csptransfer.core;

import static org.csptransfer.core.Fixtures.assertRefused;
import static org.csptransfer.core.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

  private static final Money TEN_EUROS =
      Money.of(new BigDecimal("10.00"), Currency.getInstance("EUR"));

  @Test
  void assignedLicensesAboveQuantityAreRefused() {
    assertRefused(
        "sources[sub-001].assignedLicenses: 60 exceeds quantity 50",
        () -> source("sub-001").assignedLicenses(60).build());
  }

  @Test
  void assignedLicensesEqualToQuantityAreAccepted() {
    assertEquals(50, source("sub-001").assignedLicenses(50).build().assignedLicenses());
  }

  @Test
  void negativeCountsAreRefusedAndZeroAccepted() {
    assertRefused(
        "sources[sub-001].quantity: -1 is negative",
        () -> source("sub-001").quantity(-1).assignedLicenses(0).build());
    assertRefused(
        "sources[sub-001].assignedLicenses: -1 is negative",
        () -> source("sub-001").assignedLicenses(-1).build());
    Subscription empty = source("sub-001").quantity(0).assignedLicenses(0).build();
    assertEquals(0, empty.quantity());
  }

  @Test
  void aPartnerIdGoesWithChannelCspOnly() {
    assertRefused(
        "sources[sub-001].partnerId: absent with channel CSP (a partner id goes with channel CSP"
            + " only)",
        () -> source("sub-001").channel(Channel.CSP).build());
    assertRefused(
        "sources[sub-001].partnerId: 777 with channel DIRECT (a partner id goes with channel CSP"
            + " only)",
        () -> source("sub-001").partnerId(PartnerId.of("777")).build());
    Subscription viaPartner =
        source("sub-001").channel(Channel.CSP).partnerId(PartnerId.of("777")).build();
    assertEquals(PartnerId.of("777"), viaPartner.partnerId().orElseThrow());
  }

  @Test
  void aCancelDateGoesWithDispositionCancelOnly() {
    assertRefused(
        "sources[sub-001].cancelOn: absent with disposition CANCEL (a cancel date goes with CANCEL"
            + " only)",
        () -> source("sub-001").disposition(Disposition.CANCEL).build());
    assertRefused(
        "sources[sub-001].cancelOn: 2026-03-10 with disposition LET_EXPIRE (a cancel date goes"
            + " with CANCEL only)",
        () -> source("sub-001").cancelOn(LocalDate.of(2026, 3, 10)).build());
  }

  @Test
  void aNegativeUnitPriceIsRefusedAndZeroAccepted() {
    assertRefused(
        "sources[sub-001].unitPrice: -1 is not a price from 0 to 1000000 with at most 6 decimals",
        () ->
            source("sub-001")
                .monthlyPricePerSeat(Money.of(BigDecimal.ONE.negate(), Currency.getInstance("EUR")))
                .build());
    Money free = Money.of(BigDecimal.ZERO, Currency.getInstance("EUR"));
    assertEquals(
        free,
        source("sub-001").monthlyPricePerSeat(free).build().monthlyPricePerSeat().orElseThrow());
  }

  @Test
  void aSourceLeftToExpireEndsTheDayAfterItsTermEnd() {
    Subscription source = source("sub-001").build();
    assertEquals(Disposition.LET_EXPIRE, source.disposition());
    assertFalse(source.isCancelled());
    assertEquals(LocalDate.of(2026, 4, 1), source.firstDayWithoutService());
  }

  @Test
  void aCancelledSourceEndsOnItsCancelDate() {
    Subscription source =
        source("sub-001")
            .disposition(Disposition.CANCEL)
            .cancelOn(LocalDate.of(2026, 3, 10))
            .build();
    assertTrue(source.isCancelled());
    assertEquals(LocalDate.of(2026, 3, 10), source.firstDayWithoutService());
  }

  @Test
  void transferFieldsDefaultToAnActiveNewCommerceSubscription() {
    Subscription source = source("sub-001").build();
    assertEquals(Commerce.NCE, source.commerce());
    assertFalse(source.trial());
    assertEquals(java.util.Optional.empty(), source.pendingTransfer());
    assertEquals(java.util.Optional.empty(), source.parentId());
    Subscription legacy =
        source("sub-001")
            .commerce(Commerce.LEGACY)
            .trial(true)
            .pendingTransfer(TransferId.of("c0ffee"))
            .build();
    assertEquals(Commerce.LEGACY, legacy.commerce());
    assertTrue(legacy.trial());
    assertEquals(TransferId.of("c0ffee"), legacy.pendingTransfer().orElseThrow());
  }

  @Test
  void aSourceIsHeldByItsCspPartnerOnly() {
    Subscription held =
        source("sub-001").channel(Channel.CSP).partnerId(PartnerId.of("777")).build();
    assertTrue(held.isHeldBy(PartnerId.of("777")));
    assertFalse(held.isHeldBy(PartnerId.of("778")));
    assertFalse(source("sub-001").build().isHeldBy(PartnerId.of("777")));
  }

  @Test
  @SuppressWarnings("NullAway") // passing null is the point
  void aNullListElementIsRefusedWithItsAttribute() {
    NullPointerException refused =
        assertThrows(
            NullPointerException.class, () -> Fixtures.request().addSource((Subscription) null));
    assertEquals("sources element", refused.getMessage());
  }

  @Test
  void mandatoryAttributesMustBeSet() {
    IllegalStateException missing =
        assertThrows(
            IllegalStateException.class,
            () -> Subscription.builder().id(SubscriptionId.of("sub-001")).build());
    assertTrue(String.valueOf(missing.getMessage()).contains("offerId"), missing.getMessage());
  }

  @Test
  void equalByContent() {
    new EqualsTester()
        .addEqualityGroup(source("sub-001").build(), source("sub-001").build())
        .addEqualityGroup(source("sub-001").monthlyPricePerSeat(TEN_EUROS).build())
        .addEqualityGroup(source("sub-002").build())
        .testEquals();
  }
}
