package org.csptransfer.core;

import static org.csptransfer.core.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class CountryCodeTest {

  @Test
  void acceptsUpperCaseIsoCodes() {
    assertEquals("BE", CountryCode.of("BE").code());
    assertEquals("ZA", CountryCode.of("ZA").toString());
  }

  @Test
  void acceptsKosovoThatTheRegionTableUses() {
    assertEquals("XK", CountryCode.of("XK").code());
    assertTrue(CountryCode.isKnown("XK"));
  }

  @Test
  void refusesLowerCaseUnknownAndThreeLetterCodes() {
    assertRefused(
        "country: 'be' is not an upper-case ISO 3166-1 alpha-2 code", () -> CountryCode.of("be"));
    assertRefused(
        "country: 'ZZ' is not an upper-case ISO 3166-1 alpha-2 code", () -> CountryCode.of("ZZ"));
    assertRefused(
        "country: 'BEL' is not an upper-case ISO 3166-1 alpha-2 code", () -> CountryCode.of("BEL"));
    assertFalse(CountryCode.isKnown("ZZ"));
  }

  @Test
  void equalByCodeAndOrderedByCode() {
    new EqualsTester()
        .addEqualityGroup(CountryCode.of("BE"), CountryCode.of("BE"))
        .addEqualityGroup(CountryCode.of("FR"))
        .testEquals();
    assertTrue(CountryCode.of("BE").compareTo(CountryCode.of("FR")) < 0);
  }
}
