package org.csptransfer.core;

import static org.csptransfer.core.Fixtures.assertRefused;
import static org.csptransfer.core.Fixtures.source;
import static org.csptransfer.core.Fixtures.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Every limit, at the limit and just past it. */
class LimitsTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void datesRunFrom2000To2199() {
    assertEquals(LocalDate.of(2000, 1, 1), Limits.earliestDate());
    assertEquals(LocalDate.of(2199, 12, 31), Limits.latestDate());
    assertTrue(Limits.isSupported(Limits.earliestDate()));
    assertTrue(Limits.isSupported(Limits.latestDate()));
    assertFalse(Limits.isSupported(Limits.earliestDate().minusDays(1)));
    assertFalse(Limits.isSupported(Limits.latestDate().plusDays(1)));
  }

  @Test
  void quantitiesRunFromZeroToTenMillion() {
    assertTrue(Limits.isSupportedQuantity(0));
    assertTrue(Limits.isSupportedQuantity(Limits.MAX_QUANTITY));
    assertFalse(Limits.isSupportedQuantity(-1));
    assertFalse(Limits.isSupportedQuantity(Limits.MAX_QUANTITY + 1L));
  }

  @Test
  void pricesRunFromZeroToAMillionWithSixDecimals() {
    assertTrue(Limits.isSupportedUnitPrice(BigDecimal.ZERO));
    assertTrue(Limits.isSupportedUnitPrice(Limits.MAX_UNIT_PRICE));
    assertTrue(Limits.isSupportedUnitPrice(new BigDecimal("0.000001")));
    assertFalse(Limits.isSupportedUnitPrice(new BigDecimal("0.0000001")));
    assertFalse(Limits.isSupportedUnitPrice(Limits.MAX_UNIT_PRICE.add(new BigDecimal("0.000001"))));
    assertFalse(Limits.isSupportedUnitPrice(new BigDecimal("-0.01")));
    assertTrue(Limits.isSupportedUnitPrice(new BigDecimal("12.500000000")), "trailing zeros");
    assertTrue(Limits.isSupportedUnitPrice(new BigDecimal("1." + "0".repeat(39))), "40 digits");
    assertFalse(Limits.isSupportedUnitPrice(new BigDecimal("1." + "0".repeat(40))), "41 digits");
  }

  @Test
  void everyDateOfAPlanIsChecked() {
    assertRefused(
        "sources[sub-001].termEnd: +999999999-12-31 is outside 2000-01-01 to 2199-12-31",
        () -> source("sub-001").lastDayOfTerm(LocalDate.MAX).build());
    assertRefused(
        "sources[sub-001].cancelOn: 1999-12-31 is outside 2000-01-01 to 2199-12-31",
        () ->
            source("sub-001")
                .disposition(Disposition.CANCEL)
                .cancelOn(LocalDate.of(1999, 12, 31))
                .build());
    assertRefused(
        "sources[sub-001].refundableUntil: 2200-01-01 is outside 2000-01-01 to 2199-12-31",
        () -> source("sub-001").lastRefundableDay(LocalDate.of(2200, 1, 1)).build());
    assertRefused(
        "targets[t1].start: -999999999-01-01 is outside 2000-01-01 to 2199-12-31",
        () -> target("t1").start(LocalDate.MIN).build());
    assertRefused(
        "request.asOf: 2200-01-01 is outside 2000-01-01 to 2199-12-31",
        () -> Fixtures.request().asOf(LocalDate.of(2200, 1, 1)).build());
    assertRefused(
        "transfers[x1].date: 2200-01-01 is outside 2000-01-01 to 2199-12-31",
        () -> Transfer.builder().id(TransferId.of("x1")).date(LocalDate.of(2200, 1, 1)).build());
    assertEquals(
        Limits.latestDate(),
        source("sub-001").lastDayOfTerm(Limits.latestDate()).build().lastDayOfTerm());
  }

  @Test
  void seatsRunToTenMillion() {
    assertEquals(
        Limits.MAX_QUANTITY,
        source("sub-001")
            .quantity(Limits.MAX_QUANTITY)
            .assignedLicenses(Limits.MAX_QUANTITY)
            .build()
            .assignedLicenses());
    assertRefused(
        "sources[sub-001].quantity: 10000001 is more than the 10000000 allowed",
        () -> source("sub-001").quantity(Limits.MAX_QUANTITY + 1).build());
    assertRefused(
        "targets[t1].quantity: 2147483647 is more than the 10000000 allowed",
        () -> target("t1").quantity(Integer.MAX_VALUE).build());
  }

  @Test
  void aSeatPriceIsAtMostAMillionWithSixDecimals() {
    assertTrue(Limits.isSupportedUnitPrice(new BigDecimal("1000000")));
    assertTrue(Limits.isSupportedUnitPrice(new BigDecimal("0.000001")));
    assertTrue(Limits.isSupportedUnitPrice(new BigDecimal("12.5000000000")));
    assertFalse(Limits.isSupportedUnitPrice(new BigDecimal("1000000.000001")));
    assertFalse(Limits.isSupportedUnitPrice(new BigDecimal("0.0000001")));
    assertFalse(Limits.isSupportedUnitPrice(new BigDecimal("-0.01")));
    // Huge exponents are refused before any digit is produced.
    assertFalse(Limits.isSupportedUnitPrice(new BigDecimal("1e999999999")));
    assertFalse(Limits.isSupportedUnitPrice(new BigDecimal("1e-999999999")));
    assertFalse(Limits.isSupportedUnitPrice(new BigDecimal("1." + "0".repeat(100_000) + "1")));
    assertRefused(
        "sources[sub-001].unitPrice: 1E+30000000 is not a price from 0 to 1000000 with at most 6"
            + " decimals",
        () ->
            source("sub-001")
                .monthlyPricePerSeat(Money.of(new BigDecimal("1e30000000"), EUR))
                .build());
  }

  @Test
  void namesHaveAtMost1024Characters() {
    assertEquals(1024, Fixtures.partner().name("n".repeat(1024)).build().name().length());
    assertRefused(
        "partner[4321987].name: 1025 characters, more than the 1024 allowed",
        () -> Fixtures.partner().name("n".repeat(1025)).build());
    assertRefused(
        "customer[0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b].name: must not be blank",
        () -> Fixtures.customer().name("\u00a0").build());
  }
}
