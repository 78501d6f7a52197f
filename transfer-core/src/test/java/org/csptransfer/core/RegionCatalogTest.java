package org.csptransfer.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import com.google.common.io.Resources;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionCatalogTest {

  private final RegionCatalog catalog = RegionCatalog.csp2021();

  /** The table as published in shared/data, copied beside this test. */
  private static List<String> tableRows() throws IOException {
    List<String> lines =
        Resources.readLines(
            Resources.getResource(RegionCatalogTest.class, "csp-regions-2021.tsv"), UTF_8);
    assertEquals("region\tcountry\tname", lines.get(0));
    return lines.subList(1, lines.size());
  }

  @Test
  void everyRowOfTheTableResolvesToItsRegion() throws IOException {
    List<String> rows = tableRows();
    assertEquals(243, rows.size());
    for (String row : rows) {
      String[] cells = row.split("\t", -1);
      assertEquals(
          Optional.of(Region.of(cells[0])), catalog.regionOf(CountryCode.of(cells[1])), row);
    }
    assertEquals(243, catalog.memberships().size());
  }

  @Test
  void hasFifteenRegions() {
    assertEquals(15, catalog.regions().size());
    assertTrue(catalog.regionNamed("Middle East, Central & Eastern Europe").isPresent());
    assertTrue(catalog.regionNamed("Latin America & Caribbean").isPresent());
  }

  @Test
  void southAfricaIsInMiddleEastCentralAndEasternEurope() {
    assertEquals(
        Optional.of(Region.of("Middle East, Central & Eastern Europe")),
        catalog.regionOf(CountryCode.of("ZA")));
    assertEquals(Optional.empty(), catalog.regionNamed("Middle East & Africa"));
  }

  @Test
  void singleCountryRegions() {
    for (String[] region :
        new String[][] {
          {"Brazil", "BR"},
          {"India", "IN"},
          {"Japan", "JP"},
          {"Korea", "KR"},
          {"Russia", "RU"},
          {"Taiwan", "TW"}
        }) {
      assertEquals(
          ImmutableSet.of(CountryCode.of(region[1])), catalog.countriesOf(Region.of(region[0])));
    }
  }

  @Test
  void unitedStatesAndCanadaHoldTheirTerritories() {
    assertEquals(
        ImmutableSet.of(CountryCode.of("US"), CountryCode.of("UM")),
        catalog.countriesOf(Region.of("United States")));
    assertEquals(
        ImmutableSet.of(CountryCode.of("CA"), CountryCode.of("PM")),
        catalog.countriesOf(Region.of("Canada")));
  }

  @Test
  void sanctionedCountriesAreInNoRegion() {
    for (String code : List.of("CN", "CU", "IR", "KP", "SY")) {
      assertEquals(Optional.empty(), catalog.regionOf(CountryCode.of(code)), code);
    }
  }

  @Test
  void regionNamesMustMatchExactly() {
    assertEquals(Optional.of(Region.of("Europe")), catalog.regionNamed("Europe"));
    assertEquals(Optional.empty(), catalog.regionNamed("europe"));
    assertTrue(catalog.countriesOf(Region.of("Atlantis")).isEmpty());
  }

  @Test
  void isDatedAndNamed() {
    assertEquals(LocalDate.of(2021, 4, 1), catalog.publishedOn());
    assertEquals("CSP regional authorization, April 2021", catalog.edition());
    assertTrue(catalog == RegionCatalog.csp2021(), "built once");
  }

  @Test
  void usersCanBuildAnotherEdition() {
    Region europe = Region.of("Europe");
    RegionCatalog custom =
        RegionCatalog.builder()
            .edition("test edition")
            .publishedOn(LocalDate.of(2018, 1, 1))
            .putRegion(europe, List.of(CountryCode.of("FR"), CountryCode.of("ZA")))
            .build();
    assertEquals(Optional.of(europe), custom.regionOf(CountryCode.of("ZA")));
    assertEquals(ImmutableSet.of(europe), custom.regions());
    assertFalse(custom.regionOf(CountryCode.of("BE")).isPresent());
  }

  @Test
  void aCountryCannotBeInTwoRegions() {
    RegionCatalog.Builder builder =
        RegionCatalog.builder()
            .edition("test")
            .publishedOn(LocalDate.of(2018, 1, 1))
            .putRegion(Region.of("Europe"), List.of(CountryCode.of("FR")));
    Fixtures.assertRefused(
        "regionCatalog: FR is in more than one region",
        () -> builder.putRegion(Region.of("Africa"), List.of(CountryCode.of("FR"))));
  }

  @Test
  void editionMustNotBeBlank() {
    Fixtures.assertRefused(
        "regionCatalog.edition: must not be blank",
        () -> RegionCatalog.builder().edition(" ").publishedOn(LocalDate.of(2018, 1, 1)).build());
  }
}
