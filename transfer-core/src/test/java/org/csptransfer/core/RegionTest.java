package org.csptransfer.core;

import static org.csptransfer.core.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class RegionTest {

  @Test
  void aRegionIsItsName() {
    Region region = Region.of("Middle East, Central & Eastern Europe");
    assertEquals("Middle East, Central & Eastern Europe", region.name());
    assertEquals("Middle East, Central & Eastern Europe", region.toString());
  }

  @Test
  void blankNamesAreRefused() {
    assertRefused("region name: must not be blank, got ' '", () -> Region.of(" "));
  }

  @Test
  void equalAndOrderedByName() {
    new EqualsTester()
        .addEqualityGroup(Region.of("Europe"), Region.of("Europe"))
        .addEqualityGroup(Region.of("europe"))
        .testEquals();
    assertTrue(Region.of("Africa").compareTo(Region.of("Europe")) < 0);
    assertTrue(Region.of("Europe").compareTo(Region.of("Africa")) > 0);
  }
}
