package org.csptransfer.json.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.csptransfer.catalog.BusinessPlans;
import org.csptransfer.catalog.MicrosoftLicensing;
import org.csptransfer.core.Channel;
import org.csptransfer.core.Commerce;
import org.csptransfer.core.CountryCode;
import org.csptransfer.core.Customer;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.Scenario;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.TenantId;
import org.csptransfer.json.ScenarioException;
import org.csptransfer.json.ScenarioReader;
import org.csptransfer.json.ScenarioWriter;
import org.csptransfer.rules.TransitionPipeline;
import org.csptransfer.rules.planning.ProposedPlan;
import org.csptransfer.rules.planning.TransitionPlanner;
import org.csptransfer.testkit.Samples;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class TenantImportTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  private static final String CONTOSO = "0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b";
  private static final String NORTHWIND_TENANT = "9f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19";

  private static Reader resource(String name) {
    return new InputStreamReader(
        TenantImportTest.class.getResourceAsStream("/tenant/" + name), StandardCharsets.UTF_8);
  }

  /** The tenant of the README's walk-through, in the examples module of this reactor. */
  private static Reader example(String name) throws IOException {
    return Files.newBufferedReader(Path.of("..", "transfer-examples", "tenant-example", name));
  }

  private static Customer customer(String tenant) {
    return Samples.contoso().tenantId(TenantId.parse(tenant)).build();
  }

  private static TenantImport.Result contoso() throws IOException {
    return TenantImport.builder()
        .skus(MicrosoftLicensing.skus())
        .subscribedSkus(example("subscribedSkus.json"))
        .directorySubscriptions(example("subscriptions.json"))
        .partnerCenterSubscriptions(example("partnercenter-subscriptions.json"))
        .build()
        .toScenario(AS_OF, Samples.fabrikam().build(), customer(CONTOSO));
  }

  private static Subscription source(TenantImport.Result imported, String id) {
    return imported.scenario().request().sources().stream()
        .filter(source -> source.id().value().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static List<ImportNote.Kind> kinds(TenantImport.Result imported) {
    return imported.notes().stream().map(ImportNote::kind).collect(Collectors.toList());
  }

  // Microsoft's documented example bodies.

  @Test
  void importsMicrosoftsDocumentedExamples() throws IOException {
    TenantImport tenant =
        TenantImport.builder()
            .skus(MicrosoftLicensing.skus())
            .subscribedSkus(resource("microsoft/graph-subscribedSkus.json"))
            .directorySubscriptions(resource("microsoft/graph-directory-subscriptions.json"))
            .partnerCenterSubscriptions(resource("microsoft/partnercenter-subscriptions.json"))
            .build();
    assertEquals(
        Optional.of(TenantId.parse("48a80680-7326-48cd-9935-b556b81d3a4e")), tenant.tenantId());
    TenantImport.Result imported =
        tenant.toScenario(
            LocalDate.of(2023, 1, 15),
            Samples.fabrikam().build(),
            customer("48a80680-7326-48cd-9935-b556b81d3a4e"));
    Subscription source = source(imported, "f9c1ea2d-2c6e-4717-8c3b-7130812d70ba");
    assertEquals(OfferId.of("MyPartNumber"), source.offerId());
    assertEquals(25, source.quantity());
    assertEquals(0, source.assignedLicenses());
    assertEquals(SubscriptionStatus.ACTIVE, source.status());
    assertEquals(LocalDate.of(2023, 1, 31), source.lastDayOfTerm());
    assertEquals(Channel.CSP, source.channel());
    assertEquals(
        Optional.of(PartnerId.of("331af819-4e0b-49f7-a6bf-14e1165ad3a0")), source.partnerId());
    assertFalse(source.trial());
    OfferCatalog offers = imported.scenario().offers();
    assertEquals(
        "Office 365 E5", offers.find(OfferId.of("ENTERPRISEPREMIUM")).orElseThrow().name());
    assertEquals(
        List.of("ADALLOM_S_O365"),
        List.copyOf(offers.find(OfferId.of("ENTERPRISEPREMIUM")).orElseThrow().servicePlans()));
    assertEquals(
        "Microsoft Dynamics CRM Online",
        offers.find(OfferId.of("CRMSTANDARD")).orElseThrow().name());
    assertEquals(
        List.of(
            // Microsoft's two documented bodies are of different tenants: their SKUs do not meet.
            ImportNote.Kind.SKU_WITHOUT_SUBSCRIPTION,
            ImportNote.Kind.SKU_WITHOUT_SUBSCRIPTION,
            ImportNote.Kind.SKU_NOT_SUBSCRIBED,
            ImportNote.Kind.PARTNER_TENANT_UNKNOWN,
            ImportNote.Kind.PARTNER_CENTER_UNMATCHED,
            ImportNote.Kind.NO_SERVICE_PLANS),
        kinds(imported));
  }

  // A realistic tenant of our own: several subscriptions of one SKU, a trial, a Warning
  // subscription, CSP-held ones, and Partner Center items for them.

  @Test
  void sharesASkusAssignedLicensesActiveFirstThenLatestToEnd() throws IOException {
    TenantImport.Result imported = contoso();
    assertEquals(5, source(imported, "6b9c2a4f-1d3e-4f70-8b2c-3d4e5f6a7b8c").assignedLicenses());
    assertEquals(10, source(imported, "5a8b1f3e-0c2d-4e6f-9a1b-2c3d4e5f6a7b").assignedLicenses());
    assertEquals(3, source(imported, "7cad3b50-2e4f-4081-9c3d-4e5f6a7b8c9d").assignedLicenses());
    ImportNote shared = imported.notes().get(0);
    assertEquals(ImportNote.Kind.SEATS_SHARED, shared.kind());
    assertEquals(
        "SPB: Graph counts 18 assigned licenses for the SKU, not per subscription; shared over its 3"
            + " subscriptions, active ones first, then the latest to end:"
            + " 6b9c2a4f-1d3e-4f70-8b2c-3d4e5f6a7b8c: 5, 5a8b1f3e-0c2d-4e6f-9a1b-2c3d4e5f6a7b: 10,"
            + " 7cad3b50-2e4f-4081-9c3d-4e5f6a7b8c9d: 3",
        shared.message());
  }

  @Test
  void seatsAssignedBeyondTheTotalAreANoteNeverInvented() throws IOException {
    TenantImport.Result imported = contoso();
    assertEquals(20, source(imported, "8dbe4c61-3f50-4192-8d4e-5f6a7b8c9d0e").assignedLicenses());
    ImportNote beyond = imported.notes().get(1);
    assertEquals(ImportNote.Kind.SEATS_BEYOND_TOTAL, beyond.kind());
    assertEquals(
        "ENTERPRISEPACK: 25 licenses are assigned but its subscriptions hold 20; the 5 beyond are not"
            + " counted",
        beyond.message());
  }

  @Test
  void mapsTrialWarningAndChannel() throws IOException {
    TenantImport.Result imported = contoso();
    Subscription trial = source(imported, "9ecf5d72-4061-42a3-9e5f-6a7b8c9d0e1f");
    assertTrue(trial.trial());
    assertEquals(LocalDate.of(2026, 3, 11), trial.lastDayOfTerm());
    Subscription warning = source(imported, "7cad3b50-2e4f-4081-9c3d-4e5f6a7b8c9d");
    assertEquals(SubscriptionStatus.EXPIRED, warning.status());
    // Graph's next lifecycle date of an expired subscription is the end of its 30 expired days.
    assertEquals(LocalDate.of(2026, 2, 19), warning.lastDayOfTerm());
    assertEquals(Channel.OTHER, source(imported, "5a8b1f3e-0c2d-4e6f-9a1b-2c3d4e5f6a7b").channel());
    Subscription held = source(imported, "8dbe4c61-3f50-4192-8d4e-5f6a7b8c9d0e");
    assertEquals(Channel.CSP, held.channel());
    assertEquals(Optional.of(PartnerId.of(NORTHWIND_TENANT)), held.partnerId());
    ImportNote channel =
        imported.notes().stream()
            .filter(note -> note.kind() == ImportNote.Kind.CHANNEL_UNKNOWN)
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of(
            "5a8b1f3e-0c2d-4e6f-9a1b-2c3d4e5f6a7b",
            "6b9c2a4f-1d3e-4f70-8b2c-3d4e5f6a7b8c",
            "7cad3b50-2e4f-4081-9c3d-4e5f6a7b8c9d",
            "9ecf5d72-4061-42a3-9e5f-6a7b8c9d0e1f"),
        channel.arguments().get("sources"));
  }

  @Test
  void partnerCenterItemsAddWhatGraphDoesNotTell() throws IOException {
    TenantImport.Result imported = contoso();
    Subscription held = source(imported, "8dbe4c61-3f50-4192-8d4e-5f6a7b8c9d0e");
    assertEquals(Commerce.NCE, held.commerce());
    assertEquals(Optional.of(LocalDate.of(2025, 4, 8)), held.lastRefundableDay());
    assertEquals(LocalDate.of(2026, 3, 31), held.lastDayOfTerm());
    Subscription addOn = source(imported, "a0d06e83-5172-43b4-8f60-7b8c9d0e1f2a");
    assertEquals(
        Optional.of(SubscriptionId.of("8dbe4c61-3f50-4192-8d4e-5f6a7b8c9d0e")), addOn.parentId());
    assertEquals(Commerce.NCE, addOn.commerce());
    assertTrue(kinds(imported).contains(ImportNote.Kind.PARTNER_CENTER_UNMATCHED));
    assertEquals(Commerce.NCE, source(imported, "5a8b1f3e-0c2d-4e6f-9a1b-2c3d4e5f6a7b").commerce());
  }

  @Test
  void oneOfferPerSkuWithMicrosoftsBusinessLimit() throws IOException {
    OfferCatalog offers = contoso().scenario().offers();
    Offer premium = offers.find(OfferId.of("SPB")).orElseThrow();
    assertEquals("Microsoft 365 Business Premium", premium.name());
    assertEquals(BusinessPlans.MAX_USERS, premium.maxQuantity());
    assertEquals(1, premium.minQuantity());
    assertTrue(premium.availableForPurchase());
    assertFalse(premium.addOn());
    assertEquals(4, premium.servicePlans().size());
    Offer e3 = offers.find(OfferId.of("ENTERPRISEPACK")).orElseThrow();
    assertEquals(TenantImport.OTHER_MAX_SEATS, e3.maxQuantity());
    assertEquals(4, offers.offers().size());
  }

  @Test
  void theImportedScenarioIsReadyForThePlanner() throws IOException {
    Scenario scenario = contoso().scenario();
    String written = ScenarioWriter.standard().write(scenario);
    assertEquals(scenario, ScenarioReader.standard().read(written));
    ProposedPlan plan =
        TransitionPlanner.of(TransitionPipeline.standard(scenario)).plan(scenario.request());
    assertFalse(plan.targets().isEmpty());
    assertFalse(plan.transfers().isEmpty(), "the CSP-held E3 and its add-on are transferred");
    assertTrue(scenario.request().targets().isEmpty());
  }

  @Test
  void notesSpeakFrench() throws IOException {
    List<String> french = contoso().messages(Locale.FRENCH);
    assertTrue(french.get(0).contains("licences attribuées"), french.get(0));
  }

  // The mapping rules one by one, on small bodies.

  private static Map<String, Object> subscription(String id) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("commerceSubscriptionId", id);
    item.put("id", "graph-" + id);
    item.put("skuPartNumber", "ENTERPRISEPACK");
    item.put("totalLicenses", 10);
    item.put("status", "Enabled");
    item.put("nextLifecycleDateTime", "2026-04-01T00:00:00Z");
    return item;
  }

  private static Map<String, Object> sku(int consumed) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", CONTOSO + "_6fd2c87f-b296-42f0-b197-1e91e994b900");
    item.put("skuPartNumber", "ENTERPRISEPACK");
    item.put("consumedUnits", consumed);
    item.put("servicePlans", List.of(Map.of("servicePlanName", "EXCHANGE_S_ENTERPRISE")));
    return item;
  }

  private static Reader body(String field, List<?> items) {
    Map<String, Object> body = new HashMap<>();
    body.put(field, items);
    return new StringReader(JSON.writeValueAsString(body));
  }

  private static TenantImport.Result imported(
      List<Map<String, Object>> skus,
      List<Map<String, Object>> subscriptions,
      List<Map<String, Object>> partnerCenter)
      throws IOException {
    return TenantImport.builder()
        .subscribedSkus(body("value", skus))
        .directorySubscriptions(body("value", subscriptions))
        .partnerCenterSubscriptions(body("items", partnerCenter))
        .build()
        .toScenario(AS_OF, Samples.fabrikam().build(), customer(CONTOSO));
  }

  /** The one source imported from a Graph subscription and a Partner Center item. */
  private static Subscription only(Map<String, Object> subscription, Map<String, Object> item)
      throws IOException {
    return onlyWith(subscription, List.of(item));
  }

  private static Subscription only(Map<String, Object> subscription) throws IOException {
    return onlyWith(subscription, List.of());
  }

  private static Subscription onlyWith(
      Map<String, Object> subscription, List<Map<String, Object>> partnerCenter)
      throws IOException {
    return imported(List.of(sku(1)), List.of(subscription), partnerCenter)
        .scenario()
        .request()
        .sources()
        .get(0);
  }

  @ParameterizedTest
  @CsvSource({
    "Enabled, ACTIVE",
    "Warning, EXPIRED",
    "Suspended, DISABLED",
    "LockedOut, DISABLED",
    "Deleted, DELETED"
  })
  void mapsGraphsStatus(String graph, SubscriptionStatus expected) throws IOException {
    Map<String, Object> item = subscription("s1");
    item.put("status", graph);
    assertEquals(expected, only(item).status());
  }

  @Test
  void refusesAnUnknownGraphStatusNamingThePath() {
    Map<String, Object> item = subscription("s1");
    item.put("status", "Paused");
    ScenarioException refused = assertThrows(ScenarioException.class, () -> only(item));
    assertEquals("value[0].status", refused.path());
  }

  @ParameterizedTest
  @CsvSource({
    "2023-02-01T00:00:00Z, 2023-01-31",
    "2023-02-01T00:00:01Z, 2023-02-01",
    "2023-02-01T00:00:00.5Z, 2023-01-31",
    "2023-02-01T01:00:00+02:00, 2023-01-31",
    "2023-01-31T23:30:00-01:00, 2023-02-01"
  })
  void theTermEndsTheUtcDayBeforeTheNextLifecycleSecond(String next, LocalDate lastDay)
      throws IOException {
    Map<String, Object> item = subscription("s1");
    item.put("nextLifecycleDateTime", next);
    assertEquals(lastDay, only(item).lastDayOfTerm());
  }

  @Test
  void theIdIsTheCommerceSubscriptionIdElseGraphsId() throws IOException {
    Map<String, Object> item = subscription("s1");
    assertEquals(SubscriptionId.of("s1"), only(item).id());
    item.remove("commerceSubscriptionId");
    assertEquals(SubscriptionId.of("graph-s1"), only(item).id());
  }

  @Test
  void anOwnerThatIsTheCustomerIsNoPartner() throws IOException {
    Map<String, Object> item = subscription("s1");
    item.put("ownerTenantId", CONTOSO.toUpperCase(Locale.ROOT));
    assertEquals(Channel.OTHER, only(item).channel());
    item.put("ownerTenantId", NORTHWIND_TENANT);
    assertEquals(Channel.CSP, only(item).channel());
    item.put("ownerTenantId", "");
    assertEquals(Channel.OTHER, only(item).channel());
  }

  @Test
  void partnerCenterOverridesTermEndStatusTrialAndCommerce() throws IOException {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", "s1");
    item.put("commitmentEndDate", "2026-05-31T00:00:00Z");
    item.put("cancellationAllowedUntilDate", "2025-06-07T23:59:00Z");
    item.put("productType", Map.of("id", "Azure"));
    item.put("status", "suspended");
    item.put("isTrial", true);
    Subscription source = only(subscription("s1"), item);
    // A legacy commitment end date is exclusive.
    assertEquals(LocalDate.of(2026, 5, 30), source.lastDayOfTerm());
    assertEquals(Optional.of(LocalDate.of(2025, 6, 7)), source.lastRefundableDay());
    assertEquals(SubscriptionStatus.SUSPENDED, source.status());
    assertTrue(source.trial());
    assertEquals(Commerce.LEGACY, source.commerce());
  }

  @Test
  void anotherPartnerCenterStatusKeepsGraphsWithANote() throws IOException {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", "s1");
    item.put("status", "pending");
    TenantImport.Result imported =
        imported(List.of(sku(1)), List.of(subscription("s1")), List.of(item));
    assertEquals(
        SubscriptionStatus.ACTIVE, imported.scenario().request().sources().get(0).status());
    assertEquals(
        "s1: Partner Center status 'pending' has no equivalent; Graph's status (active) kept",
        imported.notes().stream()
            .filter(note -> note.kind() == ImportNote.Kind.PARTNER_CENTER_STATUS_KEPT)
            .findFirst()
            .orElseThrow()
            .message());
  }

  @Test
  void aParentThatIsNotASourceIsDroppedWithANote() throws IOException {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", "s1");
    item.put("parentSubscriptionId", "s9");
    TenantImport.Result imported =
        imported(List.of(sku(1)), List.of(subscription("s1")), List.of(item));
    assertEquals(Optional.empty(), imported.scenario().request().sources().get(0).parentId());
    assertTrue(kinds(imported).contains(ImportNote.Kind.PARENT_UNKNOWN));
  }

  private static Map<String, Object> child(String id, String parent) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", id);
    item.put("parentSubscriptionId", parent);
    return item;
  }

  private static List<Optional<SubscriptionId>> parents(TenantImport.Result imported) {
    return imported.scenario().request().sources().stream()
        .map(Subscription::parentId)
        .collect(Collectors.toList());
  }

  @Test
  void aCycleOfParentsLosesTheLinkOfItsFirstSourceWithANote() throws IOException {
    TenantImport.Result imported =
        imported(
            List.of(sku(1)),
            List.of(subscription("s0"), subscription("s1"), subscription("s2"), subscription("s3")),
            List.of(child("s3", "s1"), child("s1", "s2"), child("s2", "s3"), child("s0", "s1")));
    assertEquals(
        List.of(
            Optional.of(SubscriptionId.of("s1")),
            Optional.empty(),
            Optional.of(SubscriptionId.of("s3")),
            Optional.of(SubscriptionId.of("s1"))),
        parents(imported));
    List<ImportNote> cycles =
        imported.notes().stream()
            .filter(note -> note.kind() == ImportNote.Kind.PARENT_CYCLE)
            .collect(Collectors.toList());
    assertEquals(1, cycles.size(), cycles::toString);
    assertEquals(Map.of("source", "s1", "parent", "s2", "length", 3), cycles.get(0).arguments());
    assertEquals(
        "s1: its parent s2 leads back to it through 3 parent links; the link of s1 is dropped",
        cycles.get(0).message());
  }

  @Test
  void aChainOfParentsIsKeptWhole() throws IOException {
    TenantImport.Result imported =
        imported(
            List.of(sku(1)),
            List.of(subscription("s1"), subscription("s2"), subscription("s3")),
            List.of(child("s1", "s2"), child("s2", "s3")));
    assertEquals(
        List.of(
            Optional.of(SubscriptionId.of("s2")),
            Optional.of(SubscriptionId.of("s3")),
            Optional.empty()),
        parents(imported));
    assertFalse(kinds(imported).contains(ImportNote.Kind.PARENT_CYCLE));
  }

  @Test
  void aLongCycleOfParentsWhoseIdsDifferInCaseIsOneNote() throws IOException {
    // 20,000 GUID ids given in upper case by Partner Center: each parent is found by its match
    // key, in one lookup, and the cycle is walked once.
    int count = 20_000;
    List<Map<String, Object>> subscriptions = new ArrayList<>();
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      subscriptions.add(subscription(guid(i)));
      items.add(
          child(guid(i).toUpperCase(Locale.ROOT), guid((i + 1) % count).toUpperCase(Locale.ROOT)));
    }
    TenantImport.Result imported = imported(List.of(sku(1)), subscriptions, items);
    assertEquals(
        List.of(ImportNote.Kind.PARENT_CYCLE),
        kinds(imported).stream().filter(kind -> kind.name().startsWith("PARENT")).toList());
    assertEquals(count - 1, parents(imported).stream().filter(Optional::isPresent).count());
  }

  private static String guid(int i) {
    return String.format(Locale.ROOT, "00000000-0000-4000-8000-%012x", i);
  }

  @Test
  void withoutNextLifecycleDateTheCommitmentEndIsNeeded() throws IOException {
    Map<String, Object> graph = subscription("s1");
    graph.remove("nextLifecycleDateTime");
    ScenarioException refused =
        assertThrows(
            ScenarioException.class, () -> imported(List.of(sku(1)), List.of(graph), List.of()));
    assertEquals("value[0].nextLifecycleDateTime", refused.path());
    Map<String, Object> item =
        Map.of(
            "id",
            "s1",
            "commitmentEndDate",
            "2026-05-31T00:00:00Z",
            "productType",
            Map.of("id", "OnlineServicesNCE"));
    assertEquals(LocalDate.of(2026, 5, 31), only(graph, item).lastDayOfTerm());
  }

  // Version 3: tenant data read as Microsoft documents it.

  @ParameterizedTest
  @CsvSource({
    "Enabled, false, , 2026-03-23",
    "Warning, false, , 2026-02-21",
    "Warning, true, , 2026-02-21",
    "Suspended, false, , 2025-11-23",
    "LockedOut, false, , 2025-11-23",
    "Suspended, true, , 2026-02-21",
    "Deleted, false, , 2026-03-23",
    "Warning, false, " + NORTHWIND_TENANT + ", 2026-02-21"
  })
  void anExpiredOrDisabledSubscriptionsTermEndedItsRowsDaysBeforeItsNextLifecycleDate(
      String status, boolean trial, String owner, LocalDate termEnd) throws IOException {
    Map<String, Object> graph = subscription("s1");
    graph.put("status", status);
    graph.put("isTrial", trial);
    graph.put("nextLifecycleDateTime", "2026-03-24T00:00:00Z");
    if (owner != null) {
      graph.put("ownerTenantId", owner);
    }
    TenantImport.Result imported = imported(List.of(sku(1)), List.of(graph), List.of());
    assertEquals(termEnd, imported.scenario().request().sources().get(0).lastDayOfTerm());
    boolean derived = !termEnd.equals(LocalDate.of(2026, 3, 23));
    assertEquals(derived, kinds(imported).contains(ImportNote.Kind.TERM_END_DERIVED));
  }

  @Test
  void aPartnerCenterCommitmentEndStillWinsOverGraphsDate() throws IOException {
    Map<String, Object> graph = subscription("s1");
    graph.put("status", "Warning");
    Map<String, Object> item =
        Map.of(
            "id",
            "s1",
            "commitmentEndDate",
            "2026-02-10T00:00:00Z",
            "productType",
            Map.of("id", "OnlineServicesNCE"));
    TenantImport.Result imported = imported(List.of(sku(1)), List.of(graph), List.of(item));
    assertEquals(
        LocalDate.of(2026, 2, 10), imported.scenario().request().sources().get(0).lastDayOfTerm());
    assertFalse(kinds(imported).contains(ImportNote.Kind.TERM_END_DERIVED));
  }

  @Test
  void microsoftsNeverEndingCommitmentDateKeepsGraphsWithANote() throws IOException {
    Map<String, Object> item =
        Map.of(
            "id",
            "s1",
            "commitmentEndDate",
            "9999-12-10T00:00:00Z",
            "productType",
            Map.of("id", "OnlineServicesNCE"));
    TenantImport.Result imported =
        imported(List.of(sku(1)), List.of(subscription("s1")), List.of(item));
    assertEquals(
        LocalDate.of(2026, 3, 31), imported.scenario().request().sources().get(0).lastDayOfTerm());
    assertEquals(
        "s1: Partner Center's commitmentEndDate 9999-12-10T00:00:00Z is no real date (a"
            + " subscription that does not renew); Graph's date is kept",
        imported.notes().stream()
            .filter(note -> note.kind() == ImportNote.Kind.COMMITMENT_END_IGNORED)
            .findFirst()
            .orElseThrow()
            .message());
    Map<String, Object> graph = subscription("s1");
    graph.remove("nextLifecycleDateTime");
    ScenarioException refused =
        assertThrows(
            ScenarioException.class,
            () -> imported(List.of(sku(1)), List.of(graph), List.of(item)));
    assertEquals("items[0].commitmentEndDate", refused.path());
    assertEquals(Optional.of("partnerCenterSubscriptions"), refused.body());
  }

  @Test
  void anErrorInABodySaysWhichBody() {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", "s1");
    item.put("cancellationAllowedUntilDate", "1999-06-07T23:59:00Z");
    ScenarioException refused =
        assertThrows(ScenarioException.class, () -> only(subscription("s1"), item));
    assertEquals("items[0].cancellationAllowedUntilDate", refused.path());
    assertEquals(Optional.of("partnerCenterSubscriptions"), refused.body());
    Map<String, Object> graph = subscription("s1");
    graph.put("nextLifecycleDateTime", "1999-01-01T00:00:00Z");
    ScenarioException graphs = assertThrows(ScenarioException.class, () -> only(graph));
    assertEquals(Optional.of("directorySubscriptions"), graphs.body());
    ScenarioException skus =
        assertThrows(
            ScenarioException.class,
            () -> TenantImport.builder().subscribedSkus(new StringReader("{\"value\": [{}]}")));
    assertEquals(Optional.of("subscribedSkus"), skus.body());
  }

  @Test
  void partnerCenterIdsMatchGraphsWithoutRegardToCaseWhenBothAreGuids() throws IOException {
    String id = "8dbe4c61-3f50-4192-8d4e-5f6a7b8c9d0e";
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", id.toUpperCase(Locale.ROOT));
    item.put("status", "suspended");
    item.put("autoRenewEnabled", false);
    Subscription source = only(subscription(id), item);
    assertEquals(SubscriptionStatus.SUSPENDED, source.status());
    assertEquals(Optional.of(false), source.autoRenew());
    Map<String, Object> other = new LinkedHashMap<>();
    other.put("id", "S1");
    other.put("status", "suspended");
    TenantImport.Result imported =
        imported(List.of(sku(1)), List.of(subscription("s1")), List.of(other));
    assertEquals(
        SubscriptionStatus.ACTIVE, imported.scenario().request().sources().get(0).status());
    assertTrue(kinds(imported).contains(ImportNote.Kind.PARTNER_CENTER_UNMATCHED));
  }

  @Test
  void autoRenewalComesFromPartnerCenterAndIsUnknownWithoutIt() throws IOException {
    assertEquals(Optional.empty(), only(subscription("s1")).autoRenew());
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", "s1");
    item.put("autoRenewEnabled", true);
    assertEquals(Optional.of(true), only(subscription("s1"), item).autoRenew());
  }

  @Test
  void aTenantWideSkuCountsAllItsSeatsAsUsed() throws IOException {
    Map<String, Object> storage = sku(0);
    storage.put("appliesTo", "Company");
    TenantImport.Result imported =
        imported(List.of(storage), List.of(subscription("s1")), List.of());
    assertEquals(10, imported.scenario().request().sources().get(0).assignedLicenses());
    assertEquals(
        "ENTERPRISEPACK applies to the whole tenant, not to users: all seats of s1 count as used",
        imported.notes().get(0).message());
    Map<String, Object> users = sku(3);
    users.put("appliesTo", "User");
    assertEquals(
        3,
        imported(List.of(users), List.of(subscription("s1")), List.of())
            .scenario()
            .request()
            .sources()
            .get(0)
            .assignedLicenses());
  }

  @Test
  void theTargetPartnersTenantIdTellsWhetherACspSubscriptionIsAlreadyItsOwn() throws IOException {
    Map<String, Object> held = subscription("s1");
    held.put("ownerTenantId", NORTHWIND_TENANT.toUpperCase(Locale.ROOT));
    TenantImport tenant =
        TenantImport.builder()
            .subscribedSkus(body("value", List.of(sku(1))))
            .directorySubscriptions(body("value", List.of(held)))
            .build();
    TenantImport.Result unknown =
        tenant.toScenario(AS_OF, Samples.fabrikam().build(), customer(CONTOSO));
    assertTrue(kinds(unknown).contains(ImportNote.Kind.PARTNER_TENANT_UNKNOWN));
    assertEquals(
        Optional.of(PartnerId.of(NORTHWIND_TENANT)),
        unknown.scenario().request().sources().get(0).partnerId());
    TenantImport.Result known =
        tenant.toScenario(
            AS_OF,
            Samples.fabrikam().tenantId(TenantId.parse(NORTHWIND_TENANT)).build(),
            customer(CONTOSO));
    assertFalse(kinds(known).contains(ImportNote.Kind.PARTNER_TENANT_UNKNOWN));
    assertTrue(
        known.scenario().request().sources().get(0).isHeldBy(known.scenario().request().partner()));
  }

  @Test
  void skusAreFoundByTheirGuidFirstThenByAPartNumberWithoutSurroundingSpace() throws IOException {
    Map<String, Object> graph = subscription("s1");
    graph.put("skuPartNumber", "  ENTERPRISEPACK ");
    Map<String, Object> byName = new LinkedHashMap<>(graph);
    TenantImport.Result padded =
        TenantImport.builder()
            .skus(MicrosoftLicensing.skus())
            .subscribedSkus(body("value", List.of()))
            .directorySubscriptions(body("value", List.of(byName)))
            .build()
            .toScenario(AS_OF, Samples.fabrikam().build(), customer(CONTOSO));
    assertEquals(
        "Office 365 E3",
        padded.scenario().offers().find(OfferId.of("  ENTERPRISEPACK ")).orElseThrow().name());
    graph.put("skuPartNumber", "RENAMED_E3");
    graph.put("skuId", "6fd2c87f-b296-42f0-b197-1e91e994b900");
    TenantImport.Result byGuid =
        TenantImport.builder()
            .skus(MicrosoftLicensing.skus())
            .subscribedSkus(body("value", List.of()))
            .directorySubscriptions(body("value", List.of(graph)))
            .build()
            .toScenario(AS_OF, Samples.fabrikam().build(), customer(CONTOSO));
    assertEquals(
        "Office 365 E3",
        byGuid.scenario().offers().find(OfferId.of("RENAMED_E3")).orElseThrow().name());
  }

  @Test
  void aMissingRequiredFieldIsAnInputErrorWithItsPath() {
    for (String field : List.of("skuPartNumber", "totalLicenses", "status")) {
      Map<String, Object> item = subscription("s1");
      item.remove(field);
      ScenarioException refused = assertThrows(ScenarioException.class, () -> only(item));
      assertEquals("value[0]." + field, refused.path());
      assertEquals("missing", refused.problem());
    }
    ScenarioException noValue =
        assertThrows(
            ScenarioException.class,
            () -> TenantImport.builder().subscribedSkus(new StringReader("{\"items\": []}")));
    assertEquals("value: missing", noValue.getMessage());
    Map<String, Object> badDate = subscription("s1");
    badDate.put("nextLifecycleDateTime", "next year");
    assertEquals(
        "value[0].nextLifecycleDateTime",
        assertThrows(ScenarioException.class, () -> only(badDate)).path());
    Map<String, Object> farFuture = subscription("s1");
    farFuture.put("nextLifecycleDateTime", "9999-12-31T00:00:00Z");
    assertEquals(
        "value[0].nextLifecycleDateTime: 9999-12-30 is outside 2000-01-01 to 2199-12-31",
        assertThrows(ScenarioException.class, () -> only(farFuture)).getMessage());
  }

  @Test
  void unknownFieldsAreIgnored() throws IOException {
    Map<String, Object> item = subscription("s1");
    item.put("aFieldMicrosoftAddsTomorrow", Map.of("nested", List.of(1, 2)));
    assertEquals(SubscriptionId.of("s1"), only(item).id());
  }

  @Test
  void aSubscriptionTwiceIsAnInputError() {
    ScenarioException refused =
        assertThrows(
            ScenarioException.class,
            () ->
                imported(
                    List.of(sku(1)), List.of(subscription("s1"), subscription("s1")), List.of()));
    assertEquals("value[1].commerceSubscriptionId", refused.path());
  }

  @Test
  void aGivenCatalogDescribesItsOffersAndAddsTheOthers() throws IOException {
    Offer partnersE3 =
        Offer.builder()
            .id(OfferId.of("ENTERPRISEPACK"))
            .name("Office 365 E3 (our price list)")
            .addServicePlans("EXCHANGE_S_ENTERPRISE")
            .maxQuantity(500)
            .build();
    Offer e5 = Offer.builder().id(OfferId.of("ENTERPRISEPREMIUM")).name("Office 365 E5").build();
    Scenario scenario =
        TenantImport.builder()
            .offers(OfferCatalog.of(partnersE3, e5))
            .subscribedSkus(body("value", List.of(sku(1))))
            .directorySubscriptions(body("value", List.of(subscription("s1"))))
            .build()
            .toScenario(AS_OF, Samples.fabrikam().build(), customer(CONTOSO))
            .scenario();
    assertEquals(List.of(partnersE3, e5), scenario.offers().offers());
  }

  @Test
  void withoutTheSkuReferenceBusinessPlansAreKnownByPartNumber() throws IOException {
    Offer offer = offerOfOneSku("O365_BUSINESS_ESSENTIALS", TenantImport.builder());
    assertEquals(300, offer.maxQuantity());
    assertEquals("O365_BUSINESS_ESSENTIALS", offer.name());
  }

  @Test
  void aSkuMissingFromSubscribedSkusTakesTheReferencesPlansWithANote() throws IOException {
    TenantImport.Result imported =
        TenantImport.builder()
            .skus(MicrosoftLicensing.skus())
            .subscribedSkus(body("value", List.of()))
            .directorySubscriptions(body("value", List.of(subscription("s1"))))
            .build()
            .toScenario(AS_OF, Samples.fabrikam().build(), customer(CONTOSO));
    Offer e3 = imported.scenario().offers().offers().get(0);
    assertTrue(e3.servicePlans().size() > 20);
    assertEquals(
        List.of(
            ImportNote.Kind.SKU_NOT_SUBSCRIBED,
            ImportNote.Kind.CHANNEL_UNKNOWN,
            ImportNote.Kind.PLANS_FROM_REFERENCE),
        kinds(imported));
    assertEquals(0, imported.scenario().request().sources().get(0).assignedLicenses());
  }

  @Test
  void bothGraphBodiesAreNeeded() throws IOException {
    TenantImport.Builder builder = TenantImport.builder().subscribedSkus(body("value", List.of()));
    assertEquals(
        "directorySubscriptions: not given",
        assertThrows(IllegalStateException.class, builder::build).getMessage());
  }

  @Test
  void theTenantIsKnownOnlyWhenEverySkuNamesTheSame() throws IOException {
    Map<String, Object> other = sku(1);
    other.put("id", NORTHWIND_TENANT + "_x");
    TenantImport mixed =
        TenantImport.builder()
            .subscribedSkus(body("value", List.of(sku(1), other)))
            .directorySubscriptions(body("value", List.of()))
            .build();
    assertEquals(Optional.empty(), mixed.tenantId());
    assertEquals(
        CountryCode.of("BE"),
        mixed
            .toScenario(AS_OF, Samples.fabrikam().build(), customer(CONTOSO))
            .scenario()
            .request()
            .customer()
            .country());
  }

  @Test
  void noSeatsToShareIsNoNote() throws IOException {
    TenantImport.Result imported =
        imported(List.of(sku(0)), List.of(subscription("s1"), subscription("s2")), List.of());
    assertFalse(kinds(imported).contains(ImportNote.Kind.SEATS_SHARED), imported.notes()::toString);
    imported =
        imported(List.of(sku(1)), List.of(subscription("s1"), subscription("s2")), List.of());
    assertTrue(kinds(imported).contains(ImportNote.Kind.SEATS_SHARED), imported.notes()::toString);
  }

  @Test
  void enabledSubscriptionsTakeSeatsFirstThenTheLatestToEndThenById() throws IOException {
    Map<String, Object> warning = subscription("a");
    warning.put("status", "Warning");
    warning.put("nextLifecycleDateTime", "2026-12-01T00:00:00Z");
    Map<String, Object> enabledLater = subscription("c");
    enabledLater.put("nextLifecycleDateTime", "2026-06-01T00:00:00Z");
    Map<String, Object> enabledB = subscription("b");
    Map<String, Object> enabledD = subscription("d");
    List<Subscription> sources =
        imported(List.of(sku(25)), List.of(warning, enabledD, enabledB, enabledLater), List.of())
            .scenario()
            .request()
            .sources();
    Map<String, Integer> seats = new LinkedHashMap<>();
    sources.forEach(source -> seats.put(source.id().value(), source.assignedLicenses()));
    assertEquals(Map.of("c", 10, "b", 10, "d", 5, "a", 0), seats);
  }

  @Test
  void aPartnerCenterItemWithoutCommitmentEndKeepsGraphsTermEnd() throws IOException {
    Map<String, Object> item = Map.of("id", "s1", "status", "active");
    Subscription source = only(subscription("s1"), item);
    assertEquals(LocalDate.of(2026, 3, 31), source.lastDayOfTerm());
  }

  @ParameterizedTest
  @CsvSource({
    "active, ACTIVE",
    "suspended, SUSPENDED",
    "expired, EXPIRED",
    "disabled, DISABLED",
    "deleted, DELETED"
  })
  void mapsPartnerCentersStatus(String partnerCenter, SubscriptionStatus expected)
      throws IOException {
    Map<String, Object> item = Map.of("id", "s1", "status", partnerCenter);
    Map<String, Object> graph = subscription("s1");
    graph.put("status", "Warning");
    assertEquals(expected, only(graph, item).status());
  }

  @Test
  void anOwnerThatIsNotAGuidIsAnotherPartner() throws IOException {
    Map<String, Object> item = subscription("s1");
    item.put("ownerTenantId", "not-a-guid");
    Subscription source = only(item);
    assertEquals(Channel.CSP, source.channel());
    assertEquals(Optional.of(PartnerId.of("not-a-guid")), source.partnerId());
  }

  @Test
  void aBlankSkuPartNumberIsRefusedWhereItIsWritten() {
    Map<String, Object> blank = sku(1);
    blank.put("skuPartNumber", " ");
    ScenarioException refused =
        assertThrows(
            ScenarioException.class,
            () -> imported(List.of(blank), List.of(subscription("s1")), List.of()));
    assertEquals("value[0].skuPartNumber", refused.path());
  }

  @Test
  void withTheSkuReferenceBusinessPlansAreKnownByProductName() throws IOException {
    Offer offer =
        offerOfOneSku(
            "MICROSOFT_365_BUSINESS_STANDARD_NO_TEAMS",
            TenantImport.builder().skus(MicrosoftLicensing.skus()));
    assertEquals(BusinessPlans.MAX_USERS, offer.maxQuantity());
    assertEquals("Microsoft 365 Business Standard (no Teams)", offer.name());
  }

  /** The offer imported for a tenant with one subscription of one SKU. */
  private static Offer offerOfOneSku(String partNumber, TenantImport.Builder builder)
      throws IOException {
    Map<String, Object> sku = sku(1);
    sku.put("skuPartNumber", partNumber);
    Map<String, Object> item = subscription("s1");
    item.put("skuPartNumber", partNumber);
    return builder
        .subscribedSkus(body("value", List.of(sku)))
        .directorySubscriptions(body("value", List.of(item)))
        .build()
        .toScenario(AS_OF, Samples.fabrikam().build(), customer(CONTOSO))
        .scenario()
        .offers()
        .offers()
        .get(0);
  }

  @Test
  void aSkuNotSubscribedNamesItsSubscriptions() throws IOException {
    TenantImport.Result imported =
        imported(List.of(), List.of(subscription("s1"), subscription("s2")), List.of());
    ImportNote note = imported.notes().get(0);
    assertEquals(ImportNote.Kind.SKU_NOT_SUBSCRIBED, note.kind());
    assertEquals(List.of("s1", "s2"), note.arguments().get("sources"));
  }

  @ParameterizedTest
  @CsvSource({
    "+999999999-12-31T23:00:00-05:00",
    "-999999999-01-01T00:00:00+01:00",
    "0000-12-31T00:00:00Z",
    "+10000-01-01T00:00:00Z"
  })
  void aDateFarOutsideTheCalendarIsAnInputErrorNamingItsBody(String date) {
    Map<String, Object> graph = subscription("s1");
    graph.put("nextLifecycleDateTime", date);
    ScenarioException refused = assertThrows(ScenarioException.class, () -> only(graph));
    assertEquals("value[0].nextLifecycleDateTime", refused.path());
    assertEquals(Optional.of("directorySubscriptions"), refused.body());
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", "s1");
    item.put("commitmentEndDate", date);
    ScenarioException center =
        assertThrows(ScenarioException.class, () -> only(subscription("s1"), item));
    assertEquals("items[0].commitmentEndDate", center.path());
    assertEquals(Optional.of("partnerCenterSubscriptions"), center.body());
    assertTrue(center.problem().endsWith("is outside the years 0001 to 9999"), center.problem());
  }

  private static Reader page(String field, List<?> items, @Nullable String next) {
    Map<String, Object> body = new HashMap<>();
    body.put(field, items);
    if (next != null) {
      body.put("@odata.nextLink", next);
    }
    return new StringReader(JSON.writeValueAsString(body));
  }

  @Test
  void graphsPagesAreMergedInOrderAndAMissingPageIsRefused() throws IOException {
    String next = "https://graph.microsoft.com/v1.0/directory/subscriptions?$skiptoken=X";
    TenantImport.Result merged =
        TenantImport.builder()
            .subscribedSkus(page("value", List.of(sku(3)), "https://graph/skus?page=2"))
            .subscribedSkus(page("value", List.of(), null))
            .directorySubscriptions(page("value", List.of(subscription("s1")), next))
            .directorySubscriptions(page("value", List.of(subscription("s2")), null))
            .build()
            .toScenario(AS_OF, Samples.fabrikam().build(), customer(CONTOSO));
    assertEquals(
        List.of("s1", "s2"),
        merged.scenario().request().sources().stream().map(x -> x.id().value()).toList());
    TenantImport.Builder missing =
        TenantImport.builder()
            .subscribedSkus(page("value", List.of(sku(3)), null))
            .directorySubscriptions(page("value", List.of(subscription("s1")), next));
    ScenarioException refused = assertThrows(ScenarioException.class, missing::build);
    assertEquals("@odata.nextLink", refused.path());
    assertEquals(Optional.of("directorySubscriptions"), refused.body());
    assertTrue(refused.problem().contains("skiptoken"), refused.problem());
    TenantImport.Builder skus =
        TenantImport.builder()
            .subscribedSkus(page("value", List.of(sku(3)), "https://graph/skus?page=2"))
            .directorySubscriptions(page("value", List.of(subscription("s1")), null));
    assertEquals(
        Optional.of("subscribedSkus"), assertThrows(ScenarioException.class, skus::build).body());
    ScenarioException twice =
        assertThrows(
            ScenarioException.class,
            () ->
                TenantImport.builder()
                    .directorySubscriptions(page("value", List.of(subscription("s1")), next))
                    .directorySubscriptions(page("value", List.of(subscription("s1")), null)));
    assertEquals("value[0].commerceSubscriptionId", twice.path());
    ScenarioException skuTwice =
        assertThrows(
            ScenarioException.class,
            () ->
                TenantImport.builder()
                    .subscribedSkus(page("value", List.of(sku(3)), "n"))
                    .subscribedSkus(page("value", List.of(sku(3)), null)));
    assertEquals("value[0].id", skuTwice.path());
  }

  @Test
  void noLicensesAreLostWithoutANote() throws IOException {
    Map<String, Object> orphan = sku(7);
    orphan.put("id", CONTOSO + "_aaaaaaaa-b296-42f0-b197-1e91e994b900");
    orphan.put("skuPartNumber", "POWER_BI_PRO");
    TenantImport.Result imported =
        imported(List.of(sku(3), orphan), List.of(subscription("s1")), List.of());
    assertTrue(
        imported
            .messages(java.util.Locale.ENGLISH)
            .contains(
                "POWER_BI_PRO: 7 users hold a license but no subscription of the tenant sells it:"
                    + " not carried over"),
        imported.notes()::toString);
    Map<String, Object> second = sku(4);
    second.put("id", CONTOSO + "_bbbbbbbb-b296-42f0-b197-1e91e994b900");
    TenantImport.Result repeated =
        imported(List.of(sku(3), second), List.of(subscription("s1")), List.of());
    assertEquals(7, repeated.scenario().request().sources().get(0).assignedLicenses());
    assertTrue(kinds(repeated).contains(ImportNote.Kind.SKU_REPEATED), repeated.notes()::toString);
    Map<String, Object> unused = sku(0);
    unused.put("id", CONTOSO + "_cccccccc-b296-42f0-b197-1e91e994b900");
    unused.put("skuPartNumber", "FLOW_FREE");
    assertFalse(
        kinds(imported(List.of(sku(3), unused), List.of(subscription("s1")), List.of()))
            .contains(ImportNote.Kind.SKU_WITHOUT_SUBSCRIPTION));
  }
}
