package org.csptransfer.json;

import static org.csptransfer.json.ScenarioFiles.VALID;
import static org.csptransfer.json.ScenarioFiles.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.csptransfer.core.AutoRenewAssumption;
import org.csptransfer.core.Commerce;
import org.csptransfer.core.CountryCode;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.PlannerTransfers;
import org.csptransfer.core.Region;
import org.csptransfer.core.Scenario;
import org.csptransfer.core.SeatBasis;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.Transfer;
import org.csptransfer.core.TransferId;
import org.csptransfer.core.TransitionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioReaderTest {

  private final ScenarioReader reader = ScenarioFiles.READER;

  static Stream<Path> bundledScenarios() {
    return ScenarioFiles.bundled().stream();
  }

  @ParameterizedTest
  @MethodSource("bundledScenarios")
  void aScenarioWrittenAndReadBackIsTheSame(Path file) throws IOException {
    Scenario scenario = reader.read(file);
    assertEquals(scenario, reader.read(ScenarioWriter.standard().write(scenario)));
  }

  @Test
  void readsTheContractsExample() {
    Scenario scenario = reader.read(VALID);
    assertEquals(SubscriptionId.of("t1"), scenario.request().targets().get(0).id());
    // The contract's example sets the lifecycle keys: they are overrides of every source's row.
    assertEquals(
        TransitionPolicy.builder().expiredGraceDays(30).disabledDays(90).build(),
        scenario.policy());
    assertEquals(1, scenario.offers().offers().size());
  }

  @Test
  void readsTheFieldsOfVersionThree() {
    Scenario scenario =
        reader.read(
            VALID
                .replace(
                    "\"id\": \"4321987\",",
                    "\"id\": \"4321987\", \"tenantId\": \"9F8E7D6C-5B4A-4392-8170-6E5D4C3B2A19\",")
                .replace("\"LET_EXPIRE\"", "\"LET_EXPIRE\", \"autoRenew\": false")
                .replace(
                    "\"expiredGraceDays\": 30, \"disabledDays\": 90,",
                    "\"cancelledRetentionDays\": 14, \"unknownAutoRenew\": \"ASSUME_OFF\","));
    assertEquals(
        "9f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19",
        scenario.request().partner().tenantId().orElseThrow().toString());
    assertEquals(Optional.of(false), scenario.request().sources().get(0).autoRenew());
    assertEquals(
        TransitionPolicy.builder()
            .cancelledRetentionDays(14)
            .unknownAutoRenew(AutoRenewAssumption.ASSUME_OFF)
            .build(),
        scenario.policy());
    Scenario unknown =
        reader.read(VALID.replace("\"expiredGraceDays\": 30, \"disabledDays\": 90,", ""));
    assertEquals(Optional.empty(), unknown.request().sources().get(0).autoRenew());
    assertEquals(TransitionPolicy.defaults(), unknown.policy());
    assertEquals(scenario, reader.read(ScenarioWriter.standard().write(scenario)));
    String written = ScenarioWriter.standard().write(unknown);
    assertTrue(!written.contains("expiredGraceDays") && !written.contains("disabledDays"), written);
  }

  @Test
  void everyOptionalPartMayBeAbsentOrNull() {
    String minimal =
        """
        { "asOf": "2026-03-01",
          "partner": { "id": "4321987", "name": "Fabrikam CSP", "country": "FR", "regions": null },
          "customer": { "tenantId": "0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b", "name": "Contoso",
                        "country": "BE" },
          "sources": null, "policy": { "overlapToleranceDays": 2 } }
        """;
    Scenario scenario = reader.read(minimal);
    assertTrue(scenario.request().sources().isEmpty());
    assertEquals(2, scenario.policy().overlapToleranceDays());
    assertEquals(OptionalInt.empty(), scenario.policy().expiredGraceDays());
  }

  @Test
  void readsOptionalSourceFieldsAndRegions() {
    Scenario scenario =
        reader.read(
            replacing(
                    "\"disposition\": \"LET_EXPIRE\" }",
                    "\"disposition\": \"CANCEL\", \"cancelOn\": \"2026-03-10\", \"refundableUntil\":"
                        + " \"2026-03-12\", \"unitPrice\": 19.99, \"currency\": \"EUR\" }")
                .replace(
                    "\"country\": \"FR\" }",
                    "\"country\": \"FR\", \"regions\": [\"Europe\", \"Middle East, Central & Eastern Europe\"] }"));
    assertEquals(
        new BigDecimal("19.99"),
        scenario.request().sources().get(0).monthlyPricePerSeat().orElseThrow().amount());
    assertTrue(
        scenario
            .request()
            .partner()
            .regions()
            .contains(Region.of("Middle East, Central & Eastern Europe")));
  }

  @Test
  void acceptsKosovo() {
    assertEquals(
        CountryCode.of("XK"),
        reader
            .read(replacing("\"country\": \"BE\"", "\"country\": \"XK\""))
            .request()
            .customer()
            .country());
  }

  static Stream<Arguments> invalidScenarios() {
    return Stream.of(
        Arguments.of("{", "(document): malformed JSON at line 1"),
        Arguments.of("[]", "(document): expected an object, got a list"),
        Arguments.of(replacing("\"asOf\": \"2026-03-01\",", ""), "asOf: missing"),
        Arguments.of(replacing("\"asOf\": \"2026-03-01\"", "\"asOf\": null"), "asOf: missing"),
        Arguments.of(
            replacing("\"asOf\": \"2026-03-01\"", "\"asOf\": \"2026-02-30\""),
            "asOf: '2026-02-30' is not a date (YYYY-MM-DD)"),
        Arguments.of(
            replacing("\"asOf\": \"2026-03-01\",", "\"asOf\": \"2026-03-01\", \"asof\": 1,"),
            "asof: unknown field"),
        Arguments.of(
            replacing("\"quantity\": 50,\n", "\"quantity\": 50, \"quantitty\": 50,\n"),
            "sources[0].quantitty: unknown field"),
        Arguments.of(
            replacing("\"quantity\": 50,\n", "\"quantity\": -1,\n"),
            "sources[0].quantity: -1 is negative"),
        Arguments.of(
            replacing("\"quantity\": 50,\n", "\"quantity\": 50.5,\n"),
            "sources[0].quantity: expected a whole number, got the number 50.5"),
        Arguments.of(
            replacing("\"quantity\": 50,\n", "\"quantity\": \"50\",\n"),
            "sources[0].quantity: expected a whole number, got the string \"50\""),
        Arguments.of(
            replacing("\"assignedLicenses\": 48", "\"assignedLicenses\": 60"),
            "sources[0].assignedLicenses: 60 exceeds quantity 50"),
        Arguments.of(
            replacing("\"channel\": \"DIRECT\"", "\"channel\": \"RESELLER\""),
            "sources[0].channel: unknown value 'RESELLER', expected one of DIRECT,"
                + " ENTERPRISE_AGREEMENT, OPEN, CSP, OTHER"),
        Arguments.of(
            replacing("\"channel\": \"DIRECT\"", "\"channel\": \"CSP\""),
            "sources[0].partnerId: missing (required with channel CSP)"),
        Arguments.of(
            replacing("\"channel\": \"DIRECT\"", "\"channel\": \"DIRECT\", \"partnerId\": \"1\""),
            "sources[0].partnerId: allowed only with channel CSP"),
        Arguments.of(
            replacing("\"LET_EXPIRE\"", "\"CANCEL\""),
            "sources[0].cancelOn: missing (required with disposition CANCEL)"),
        Arguments.of(
            replacing("\"LET_EXPIRE\"", "\"LET_EXPIRE\", \"cancelOn\": \"2026-03-10\""),
            "sources[0].cancelOn: allowed only with disposition CANCEL"),
        Arguments.of(
            replacing("\"LET_EXPIRE\"", "\"LET_EXPIRE\", \"unitPrice\": 20"),
            "sources[0].currency: missing (required with unitPrice)"),
        Arguments.of(
            replacing(
                "\"LET_EXPIRE\"", "\"LET_EXPIRE\", \"unitPrice\": 20, \"currency\": \"EURO\""),
            "sources[0].currency: 'EURO' is not an ISO 4217 currency code"),
        Arguments.of(
            replacing("\"LET_EXPIRE\"", "\"LET_EXPIRE\", \"unitPrice\": -2, \"currency\": \"EUR\""),
            "sources[0].unitPrice: -2 is not a price from 0 to 1000000 with at most 6 decimals"),
        Arguments.of(
            replacing("\"0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b\"", "\"contoso.onmicrosoft.com\""),
            "customer.tenantId: 'contoso.onmicrosoft.com' is not a UUID"),
        Arguments.of(
            replacing("\"country\": \"BE\"", "\"country\": \"be\""),
            "customer.country: 'be' is not an upper-case ISO 3166-1 alpha-2 country code"),
        Arguments.of(
            replacing("\"country\": \"FR\" }", "\"country\": \"FR\", \"regions\": [\"Europa\"] }"),
            "partner.regions[0]: unknown region 'Europa' in the CSP regional authorization, April"
                + " 2021 table"),
        Arguments.of(
            replacing("\"minQuantity\": 1", "\"minQuantity\": 20001"),
            "offers[0].minQuantity: 20001 exceeds maxQuantity 10000"),
        Arguments.of(
            replacing("\"expiredGraceDays\": 30", "\"expiredGraceDays\": -30"),
            "policy.expiredGraceDays: -30 is negative"),
        Arguments.of(
            replacing("\"replaces\": [\"sub-001\"]", "\"replaces\": [\"sub-009\"]"),
            "targets[0].replaces[0]: sub-009 is not the id of a source"),
        Arguments.of(
            replacing("\"replaces\": [\"sub-001\"]", "\"replaces\": [\"sub-001\", \"sub-001\"]"),
            "targets[0].replaces[1]: sub-001 appears twice"),
        Arguments.of(
            replacing(
                "\"replaces\": [\"sub-001\"] }",
                "\"replaces\": [\"sub-001\"] }, { \"id\": \"t1\", \"offerId\": \"O365_E3\","
                    + " \"quantity\": 1, \"start\": \"2026-03-28\" }"),
            "targets[1].id: duplicate id t1"),
        Arguments.of(
            replacing(
                "\"disposition\": \"LET_EXPIRE\" }",
                "\"disposition\": \"LET_EXPIRE\" }, { \"id\": \"sub-001\", \"offerId\": \"O365_E3\","
                    + " \"channel\": \"OPEN\", \"quantity\": 1, \"assignedLicenses\": 1, \"status\":"
                    + " \"ACTIVE\", \"termEnd\": \"2026-03-31\", \"disposition\": \"LET_EXPIRE\" }"),
            "sources[1].id: duplicate id sub-001"),
        Arguments.of(
            replacing(
                "\"successors\": [] }",
                "\"successors\": [] }, { \"id\": \"O365_E3\", \"name\": \"again\","
                    + " \"availableForPurchase\": true, \"addOn\": false, \"minQuantity\": 1,"
                    + " \"maxQuantity\": 1 }"),
            "offers[1].id: duplicate id O365_E3"),
        Arguments.of(
            replacing(
                "\"status\": \"ACCEPTED\" } ]",
                "\"status\": \"ACCEPTED\" }, { \"partnerId\": \"4321987\", \"status\": \"INVITED\" } ]"),
            "customer.relationships[1].partnerId: partner 4321987 appears more than once"),
        Arguments.of(
            replacing("\"id\": \"sub-001\"", "\"id\": \" \""), "sources[0].id: must not be blank"),
        Arguments.of(
            replacing("\"addOn\": false", "\"addOn\": \"no\""),
            "offers[0].addOn: expected true or false, got the string \"no\""),
        Arguments.of(
            replacing("\"servicePlans\": [", "\"servicePlans\": 3, \"x\": ["),
            "offers[0].servicePlans: expected a list, got the number 3"),
        Arguments.of(
            replacing(
                "\"asOf\": \"2026-03-01\",", "\"asOf\": \"2026-03-01\", \"asOf\": \"2026-03-02\","),
            "asOf: malformed JSON at line 2, column 31: field 'asOf' appears twice"),
        // Limits, named in the scenario's words.
        Arguments.of(
            replacing("\"asOf\": \"2026-03-01\"", "\"asOf\": \"1999-12-31\""),
            "asOf: 1999-12-31 is outside 2000-01-01 to 2199-12-31"),
        Arguments.of(
            replacing("\"termEnd\": \"2026-03-31\"", "\"termEnd\": \"2200-01-01\""),
            "sources[0].termEnd: 2200-01-01 is outside 2000-01-01 to 2199-12-31"),
        Arguments.of(
            replacing("\"termEnd\": \"2026-03-31\"", "\"termEnd\": \"+999999999-12-31\""),
            "sources[0].termEnd: '+999999999-12-31' is not a date (YYYY-MM-DD)"),
        Arguments.of(
            replacing("\"quantity\": 50,\n", "\"quantity\": 10000001,\n"),
            "sources[0].quantity: 10000001 is more than the 10000000 allowed"),
        Arguments.of(
            replacing("\"quantity\": 50,\n", "\"quantity\": 2147483648,\n"),
            "sources[0].quantity: 2147483648 is more than the 10000000 allowed"),
        Arguments.of(
            replacing(
                "\"LET_EXPIRE\"",
                "\"LET_EXPIRE\", \"unitPrice\": \"1e30000000\", \"currency\": \"EUR\""),
            "sources[0].unitPrice: 1E+30000000 is not a price from 0 to 1000000"),
        Arguments.of(
            replacing(
                "\"LET_EXPIRE\"",
                "\"LET_EXPIRE\", \"unitPrice\": 1e-999999999, \"currency\": \"EUR\""),
            "sources[0].unitPrice: 1E-999999999 is not a price from 0 to 1000000"),
        Arguments.of(
            replacing(
                "\"LET_EXPIRE\"",
                "\"LET_EXPIRE\", \"unitPrice\": \"twelve\", \"currency\": \"EUR\""),
            "sources[0].unitPrice: the string \"twelve\" is not a number"),
        Arguments.of(
            replacing("\"expiredGraceDays\": 30", "\"expiredGraceDays\": 3651"),
            "policy.expiredGraceDays: 3651 is more than the 3650 allowed"),
        Arguments.of(
            replacing("\"expiredGraceDays\": 30", "\"maxItemsPerTransfer\": 0"),
            "policy.maxItemsPerTransfer: 0 is less than 1"),
        Arguments.of(
            replacing("\"PURCHASED\"", "\"PURCHASED\", \"plannerTransfers\": \"ALWAYS\""),
            "policy.plannerTransfers: unknown value 'ALWAYS', expected one of PREFER, NEVER"),
        // Ids and names that print as nothing.
        Arguments.of(
            replacing("\"id\": \"sub-001\"", "\"id\": \"\\u00a0\\u200b\""),
            "sources[0].id: must not be blank"),
        Arguments.of(
            replacing("\"name\": \"Contoso SARL\"", "\"name\": \"\\u3000\""),
            "customer.name: must not be blank"),
        Arguments.of(
            replacing("\"id\": \"sub-001\"", "\"id\": \"" + "s".repeat(257) + "\""),
            "sources[0].id: "),
        Arguments.of(
            replacing("\"replaces\": [\"sub-001\"]", "\"replaces\": [null]"),
            "targets[0].replaces[0]: expected a string, got null"),
        // SKUs.
        Arguments.of(
            replacing("\"servicePlans\": [", "\"sku\": \"ENTERPRISEPACK\", \"servicePlans\": ["),
            "offers[0].servicePlans: give either sku or servicePlans, not both"),
        Arguments.of(
            replacing(
                "\"name\": \"Office 365 E3\",\n      \"servicePlans\": [\"EXCHANGE_S_ENTERPRISE\","
                    + " \"SHAREPOINTENTERPRISE\", \"TEAMS1\"],",
                "\"sku\": \"NOT_A_SKU\","),
            "offers[0].sku: 'NOT_A_SKU' is not a SKU of"),
        // Sources' links.
        Arguments.of(
            replacing("\"LET_EXPIRE\"", "\"LET_EXPIRE\", \"parentId\": \"sub-404\""),
            "sources[0].parentId: sub-404 is not the id of a source"),
        Arguments.of(
            replacing("\"LET_EXPIRE\"", "\"LET_EXPIRE\", \"commerce\": \"MCA\""),
            "sources[0].commerce: unknown value 'MCA', expected one of NCE, LEGACY"),
        Arguments.of(
            replacing("\"LET_EXPIRE\"", "\"LET_EXPIRE\", \"trial\": \"yes\""),
            "sources[0].trial: expected true or false, got the string \"yes\""),
        // Version 3: renewal, partner identity, lifecycle overrides.
        Arguments.of(
            replacing("\"LET_EXPIRE\"", "\"LET_EXPIRE\", \"autoRenew\": \"on\""),
            "sources[0].autoRenew: expected true or false, got the string \"on\""),
        Arguments.of(
            replacing("\"LET_EXPIRE\"", "\"LET_EXPIRE\", \"autoRenew\": 1"),
            "sources[0].autoRenew: expected true or false, got the number 1"),
        Arguments.of(
            replacing("\"id\": \"4321987\",", "\"id\": \"4321987\", \"tenantId\": \"4321987\","),
            "partner.tenantId: '4321987' is not a UUID"),
        Arguments.of(
            replacing("\"expiredGraceDays\": 30", "\"unknownAutoRenew\": \"ASSUME_MAYBE\""),
            "policy.unknownAutoRenew: unknown value 'ASSUME_MAYBE', expected one of ASSUME_ON,"
                + " ASSUME_OFF"),
        Arguments.of(
            replacing("\"expiredGraceDays\": 30", "\"cancelledRetentionDays\": -7"),
            "policy.cancelledRetentionDays: -7 is negative"),
        Arguments.of(
            replacing("\"expiredGraceDays\": 30", "\"cancelledRetentionDays\": 3651"),
            "policy.cancelledRetentionDays: 3651 is more than the 3650 allowed"),
        // Stacked targets.
        Arguments.of(
            replacing(
                "\"replaces\": [\"sub-001\"]", "\"replaces\": [\"sub-001\"], \"stacksOn\": \"t9\""),
            "targets[0].stacksOn: a stacked target replaces no source: remove replaces"),
        Arguments.of(
            replacing("\"replaces\": [\"sub-001\"]", "\"stacksOn\": \"t9\""),
            "targets[0].stacksOn: t9 is not the id of a target"),
        Arguments.of(
            replacing(
                "\"replaces\": [\"sub-001\"] }",
                "\"replaces\": [\"sub-001\"] }, { \"offerId\": \"O365_E3\", \"quantity\": 1,"
                    + " \"start\": \"2026-03-28\", \"stacksOn\": \"t1\" }, { \"offerId\":"
                    + " \"O365_E3\", \"quantity\": 1, \"start\": \"2026-03-28\", \"stacksOn\":"
                    + " \"t2\" }"),
            "targets[2].stacksOn: t2 itself stacks on t1"),
        // Transfers.
        Arguments.of(
            replacing(
                "\"policy\"", "\"transfers\": [ { \"sources\": [\"sub-404\"] } ], \"policy\""),
            "transfers[0].sources[0]: sub-404 is not the id of a source"),
        Arguments.of(
            replacing(
                "\"policy\"",
                "\"transfers\": [ { \"sources\": [\"sub-001\"] }, { \"sources\": [\"sub-001\"] } ],"
                    + " \"policy\""),
            "transfers[1].sources[0]: sub-001 is already in a transfer"),
        Arguments.of(
            replacing(
                "\"policy\"",
                "\"transfers\": [ { \"id\": \"x\", \"sources\": [] }, { \"id\": \"x\" } ],"
                    + " \"policy\""),
            "transfers[1].id: duplicate id x"),
        Arguments.of(
            replacing(
                "\"policy\"",
                "\"transfers\": [ { \"sources\": [\"sub-001\"], \"when\": 1 } ], \"policy\""),
            "transfers[0].when: unknown field"),
        Arguments.of(
            replacing("\"LET_EXPIRE\"", "\"CANCEL\", \"cancelOn\": \"2026-03-10\"")
                .replace(
                    "\"policy\"", "\"transfers\": [ { \"sources\": [\"sub-001\"] } ], \"policy\""),
            "transfers[0].sources[0]: sub-001 has disposition CANCEL"),
        // The document itself.
        Arguments.of("", "(document): empty"),
        Arguments.of("{} {}", "(document): malformed JSON"),
        Arguments.of("[".repeat(100), "(document): malformed JSON"),
        Arguments.of(
            replacing("\"name\": \"Contoso SARL\"", "\"name\": \"Contoso\u0007SARL\""),
            "customer.name: malformed JSON"));
  }

  @ParameterizedTest
  @MethodSource("invalidScenarios")
  void refusesInvalidScenariosNamingThePathAndTheProblem(String json, String message) {
    ScenarioException refused = assertThrows(ScenarioException.class, () -> reader.read(json));
    assertTrue(
        String.valueOf(refused.getMessage()).startsWith(message),
        () -> "expected '" + message + "' but got '" + refused.getMessage() + "'");
  }

  @Test
  void anOfferMayNameASkuOfMicrosoftsReferenceInsteadOfItsPlans() {
    Scenario scenario =
        reader.read(
            replacing(
                "\"name\": \"Office 365 E3\",\n      \"servicePlans\": [\"EXCHANGE_S_ENTERPRISE\","
                    + " \"SHAREPOINTENTERPRISE\", \"TEAMS1\"],",
                "\"sku\": \"ENTERPRISEPACK\","));
    Offer offer = scenario.offers().offers().get(0);
    assertEquals(OfferId.of("O365_E3"), offer.id());
    assertEquals("Office 365 E3", offer.name());
    assertTrue(offer.servicePlans().contains("EXCHANGE_S_ENTERPRISE"));
    assertTrue(offer.servicePlans().size() > 20, () -> offer.servicePlans().toString());
  }

  @Test
  void aReaderWithoutASkuReferenceRefusesASkuNamingWhy() {
    ScenarioException refused =
        assertThrows(
            ScenarioException.class,
            () ->
                ScenarioReader.standard()
                    .read(
                        replacing(
                            "\"servicePlans\": [\"EXCHANGE_S_ENTERPRISE\", \"SHAREPOINTENTERPRISE\", \"TEAMS1\"]",
                            "\"sku\": \"ENTERPRISEPACK\"")));
    assertEquals("offers[0].sku", refused.path());
    assertEquals("sku", refused.field());
    assertTrue(refused.problem().contains("no SKU reference"), refused.problem());
  }

  @Test
  void transfersTakeTheirPositionAsIdAndTheAsOfDateByDefault() {
    Scenario scenario =
        reader.read(
            replacing(
                "\"policy\"",
                "\"transfers\": [ { \"sources\": [] }, { \"id\": \"req-7\", \"date\":"
                    + " \"2026-03-15\", \"sources\": [\"sub-001\"] } ], \"policy\""));
    List<Transfer> transfers = scenario.request().transfers();
    assertEquals(TransferId.of("x1"), transfers.get(0).id());
    assertEquals(LocalDate.parse("2026-03-01"), transfers.get(0).date());
    assertEquals(TransferId.of("req-7"), transfers.get(1).id());
    assertEquals(List.of(SubscriptionId.of("sub-001")), transfers.get(1).sourceIds());
  }

  @Test
  void readsEveryOptionalFieldOfTheContract() {
    Scenario scenario =
        reader.read(
            replacing(
                    "\"disposition\": \"LET_EXPIRE\" }",
                    "\"disposition\": \"LET_EXPIRE\", \"commerce\": \"LEGACY\", \"trial\": true,"
                        + " \"pendingTransfer\": \"x-9\" }, { \"id\": \"sub-002\", \"offerId\":"
                        + " \"O365_E3\", \"channel\": \"CSP\", \"partnerId\": \"99\", \"quantity\": 1,"
                        + " \"assignedLicenses\": 0, \"status\": \"SUSPENDED\", \"termEnd\":"
                        + " \"2026-04-30\", \"disposition\": \"LET_EXPIRE\", \"parentId\": \"sub-001\" }")
                .replace(
                    "\"replaces\": [\"sub-001\"] }",
                    "\"replaces\": [\"sub-001\"] }, { \"id\": \"teams\", \"offerId\": \"O365_E3\","
                        + " \"quantity\": 50, \"start\": \"2026-03-28\", \"stacksOn\": \"t1\" }")
                .replace(
                    "\"plannerSeats\": \"PURCHASED\"",
                    "\"plannerSeats\": \"ASSIGNED\", \"maxItemsPerTransfer\": 7,"
                        + " \"plannerTransfers\": \"NEVER\""));
    Subscription first = scenario.request().sources().get(0);
    Subscription second = scenario.request().sources().get(1);
    assertEquals(Commerce.LEGACY, first.commerce());
    assertTrue(first.trial());
    assertEquals(Optional.of(TransferId.of("x-9")), first.pendingTransfer());
    assertEquals(Optional.of(SubscriptionId.of("sub-001")), second.parentId());
    assertEquals(Optional.of(PartnerId.of("99")), second.partnerId());
    assertEquals(
        Optional.of(SubscriptionId.of("t1")), scenario.request().targets().get(1).stacksOn());
    assertEquals(7, scenario.policy().maxItemsPerTransfer());
    assertEquals(PlannerTransfers.NEVER, scenario.policy().plannerTransfers());
    assertEquals(SeatBasis.ASSIGNED, scenario.policy().plannerSeats());
  }

  @Test
  void acceptsTheSchemaReferenceEditorsUse() {
    Scenario scenario =
        reader.read(
            replacing(
                "\"asOf\"",
                "\"$schema\": \"https://raw.githubusercontent.com/csptransfer/csp-transfer/main/docs/scenario.schema.json\","
                    + " \"asOf\""));
    assertEquals(reader.read(VALID), scenario);
  }

  @Test
  void stopsReadingADocumentLargerThanItsLimit() {
    ScenarioReader small = ScenarioReader.builder().maxChars(100).build();
    ScenarioException refused = assertThrows(ScenarioException.class, () -> small.read(VALID));
    assertTrue(
        refused.problem().endsWith("the document is larger than the 100 characters allowed"),
        refused.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ScenarioReader.builder().maxChars(0));
  }

  @Test
  void readsAnEndlessStreamOnlyUpToItsLimit() {
    ScenarioReader small = ScenarioReader.builder().maxChars(1 << 20).build();
    CountingEndlessInput endless = new CountingEndlessInput();
    assertThrows(ScenarioException.class, () -> small.read(endless));
    assertTrue(endless.read < 2L << 20, () -> endless.read + " bytes read");
  }

  @Test
  void refusesBytesThatAreNotUtf8() {
    byte[] latin1 =
        VALID.replace("Contoso SARL", "Contoso Société").getBytes(StandardCharsets.ISO_8859_1);
    ScenarioException refused =
        assertThrows(ScenarioException.class, () -> reader.read(new ByteArrayInputStream(latin1)));
    assertEquals("(document): not UTF-8 text", refused.getMessage());
  }

  @Test
  void readsAnOfferCatalogFile() throws IOException {
    OfferCatalog offers =
        reader.readOffers(
            new StringReader(
                "{ \"offers\": [ { \"id\": \"O365_E3\", \"sku\": \"ENTERPRISEPACK\","
                    + " \"availableForPurchase\": true, \"addOn\": false, \"minQuantity\": 1,"
                    + " \"maxQuantity\": 300 } ] }"));
    assertEquals(300, offers.find(OfferId.of("O365_E3")).orElseThrow().maxQuantity());
    ScenarioException refused =
        assertThrows(
            ScenarioException.class,
            () -> reader.readOffers(new StringReader("{ \"offers\": [], \"sources\": [] }")));
    assertEquals("sources: unknown field", refused.getMessage());
  }

  @Test
  void problemsQuoteHostileValuesEscapedAndCut() {
    ScenarioException refused =
        assertThrows(
            ScenarioException.class,
            () ->
                reader.read(
                    replacing(
                        "\"channel\": \"DIRECT\"",
                        "\"channel\": \"\\u001b[2K\\u2028APPROVED" + "x".repeat(1000) + "\"")));
    String message = String.valueOf(refused.getMessage());
    assertTrue(message.length() < 300, message);
    assertTrue(message.contains("\\u{001B}[2K\\u{2028}APPROVED"), message);
    assertTrue(message.chars().noneMatch(c -> c < 0x20 || c == 0x2028), message);
  }

  /** An input of endless spaces that counts what was read. */
  private static final class CountingEndlessInput extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return ' ';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
      read += length;
      return length;
    }
  }

  static Stream<Arguments> badValuesWithTheirExactProblem() {
    String longId = "x".repeat(257);
    String price = "\"disposition\": \"LET_EXPIRE\", \"currency\": \"EUR\", \"unitPrice\": ";
    String target = "{ \"offerId\": \"O365_E3\", \"quantity\": 50, \"start\"";
    return Stream.of(
        Arguments.of(
            replacing("\"id\": \"4321987\"", "\"id\": \" \""), "partner.id: must not be blank"),
        Arguments.of(
            replacing("\"country\": \"FR\" }", "\"country\": \"FR\", \"x\": 1 }"),
            "partner.x: unknown field"),
        Arguments.of(
            replacing("{ \"partnerId\": \"4321987\"", "{ \"partnerId\": \" \""),
            "customer.relationships[0].partnerId: must not be blank"),
        Arguments.of(
            replacing("\"status\": \"ACCEPTED\" }", "\"status\": \"ACCEPTED\", \"x\": 1 }"),
            "customer.relationships[0].x: unknown field"),
        Arguments.of(
            replacing("\"country\": \"BE\",", "\"country\": \"BE\", \"x\": 1,"),
            "customer.x: unknown field"),
        Arguments.of(
            replacing("\"id\": \"O365_E3\"", "\"id\": \" \""), "offers[0].id: must not be blank"),
        Arguments.of(
            replacing("\"successors\": [] }", "\"successors\": [], \"x\": 1 }"),
            "offers[0].x: unknown field"),
        Arguments.of(
            replacing("\"prerequisites\": []", "\"prerequisites\": [\" \"]"),
            "offers[0].prerequisites[0]: must not be blank"),
        Arguments.of(
            replacing("\"prerequisites\": []", "\"prerequisites\": [\"A\", \"" + longId + "\"]"),
            "offers[0].prerequisites[1]: offer id: 257 characters, more than the 256 allowed"),
        Arguments.of(
            replacing("\"successors\": []", "\"successors\": [\"" + longId + "\"]"),
            "offers[0].successors[0]: offer id: 257 characters, more than the 256 allowed"),
        Arguments.of(
            replacing("\"offerId\": \"O365_E3\", \"channel\"", "\"offerId\": \" \", \"channel\""),
            "sources[0].offerId: must not be blank"),
        Arguments.of(
            replacing("\"channel\": \"DIRECT\"", "\"channel\": \"CSP\", \"partnerId\": \" \""),
            "sources[0].partnerId: must not be blank"),
        Arguments.of(
            replacing(
                "\"disposition\": \"LET_EXPIRE\"",
                "\"disposition\": \"LET_EXPIRE\", \"pendingTransfer\": \" \""),
            "sources[0].pendingTransfer: must not be blank"),
        Arguments.of(
            replacing(
                "\"disposition\": \"LET_EXPIRE\"",
                "\"disposition\": \"LET_EXPIRE\", \"parentId\": \" \""),
            "sources[0].parentId: must not be blank"),
        Arguments.of(
            replacing(
                target, "{ \"id\": \" \", \"offerId\": \"O365_E3\", \"quantity\": 50, \"start\""),
            "targets[0].id: must not be blank"),
        Arguments.of(
            replacing(target, "{ \"offerId\": \" \", \"quantity\": 50, \"start\""),
            "targets[0].offerId: must not be blank"),
        Arguments.of(
            replacing("\"replaces\": [\"sub-001\"] }", "\"replaces\": [], \"stacksOn\": \" \" }"),
            "targets[0].stacksOn: must not be blank"),
        Arguments.of(
            replacing("\"replaces\": [\"sub-001\"] }", "\"replaces\": [\"sub-001\"], \"x\": 1 }"),
            "targets[0].x: unknown field"),
        Arguments.of(
            replacing(
                "\"policy\"", "\"transfers\": [ { \"id\": \" \", \"sources\": [] } ], \"policy\""),
            "transfers[0].id: must not be blank"),
        Arguments.of(
            replacing(
                "\"plannerSeats\": \"PURCHASED\"", "\"plannerSeats\": \"PURCHASED\", \"x\": 1"),
            "policy.x: unknown field"),
        // Dates: the shape first, then the day, then the supported range.
        Arguments.of(
            replacing("\"asOf\": \"2026-03-01\"", "\"asOf\": \"0000-03-01\""),
            "asOf: 0000-03-01 is outside 2000-01-01 to 2199-12-31"),
        Arguments.of(
            replacing("\"asOf\": \"2026-03-01\"", "\"asOf\": \"20x6-03-01\""),
            "asOf: '20x6-03-01' is not a date (YYYY-MM-DD)"),
        Arguments.of(
            replacing("\"asOf\": \"2026-03-01\"", "\"asOf\": \"2026-0x-01\""),
            "asOf: '2026-0x-01' is not a date (YYYY-MM-DD)"),
        Arguments.of(
            replacing("\"asOf\": \"2026-03-01\"", "\"asOf\": \"2026-03-x1\""),
            "asOf: '2026-03-x1' is not a date (YYYY-MM-DD)"),
        Arguments.of(
            replacing("\"asOf\": \"2026-03-01\"", "\"asOf\": {}"),
            "asOf: expected a string, got an object"),
        Arguments.of(
            replacing("\"asOf\": \"2026-03-01\"", "\"asOf\": true"),
            "asOf: expected a string, got true"),
        Arguments.of(
            replacing("\"asOf\": \"2026-03-01\"", "\"asOf\": []"),
            "asOf: expected a string, got a list"),
        Arguments.of(
            replacing("\"asOf\": \"2026-03-01\"", "\"asOf\": 1.5"),
            "asOf: expected a string, got the number 1.5"),
        // A price given as a string: at most 64 characters are parsed as a number.
        Arguments.of(
            replacing("\"disposition\": \"LET_EXPIRE\"", price + "\"1." + "0".repeat(62) + "\""),
            "sources[0].unitPrice: 1.0000000000000000000000000000000000000000000000000000000000…(64"
                + " characters) is not a price from 0 to 1000000 with at most 6 decimals"),
        Arguments.of(
            replacing("\"disposition\": \"LET_EXPIRE\"", price + "\"1." + "0".repeat(63) + "\""),
            "sources[0].unitPrice: the string \"1.0000000000000000000000000000000000000000000000000000000000…(65"
                + " characters)\" is not a number"));
  }

  @ParameterizedTest
  @MethodSource("badValuesWithTheirExactProblem")
  void everyObjectOfTheScenarioNamesThePathOfItsBadValue(String json, String message) {
    assertEquals(
        message, assertThrows(ScenarioException.class, () -> reader.read(json)).getMessage());
  }

  @Test
  void aSkuOffersOwnNameAndAPriceWrittenAsAStringAreRead() {
    Scenario scenario =
        reader.read(
            replacing(
                    "\"disposition\": \"LET_EXPIRE\"",
                    "\"disposition\": \"LET_EXPIRE\", \"currency\": \"EUR\", \"unitPrice\": \" 12.5 \"")
                .replace(
                    "\"name\": \"Office 365 E3\",\n      \"servicePlans\": [\"EXCHANGE_S_ENTERPRISE\","
                        + " \"SHAREPOINTENTERPRISE\", \"TEAMS1\"],",
                    "\"sku\": \"ENTERPRISEPACK\", \"name\": \"Our E3\","));
    assertEquals("Our E3", scenario.offers().offers().get(0).name());
    assertEquals(
        new BigDecimal("12.5"),
        scenario.request().sources().get(0).monthlyPricePerSeat().orElseThrow().amount());
  }

  @Test
  void bytesInUtf16OrUtf32AreNotUtf8Text() {
    for (java.nio.charset.Charset charset :
        List.of(
            java.nio.charset.StandardCharsets.UTF_16,
            java.nio.charset.StandardCharsets.UTF_16BE,
            java.nio.charset.StandardCharsets.UTF_16LE,
            java.nio.charset.Charset.forName("UTF-32"),
            java.nio.charset.Charset.forName("UTF-32LE"))) {
      ScenarioException refused =
          assertThrows(ScenarioException.class, () -> reader.read(VALID.getBytes(charset)));
      assertEquals("(document): not UTF-8 text", refused.getMessage(), charset::toString);
    }
    assertEquals(
        reader.read(VALID), reader.read(VALID.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
