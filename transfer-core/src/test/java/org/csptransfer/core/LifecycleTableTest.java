package org.csptransfer.core;

import static org.csptransfer.core.Fixtures.assertRefused;
import static org.csptransfer.core.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LifecycleTableTest {

  private static final LifecycleTable MICROSOFT = LifecycleTable.microsoft2026();
  private static final TransitionPolicy DEFAULTS = TransitionPolicy.defaults();

  @Test
  void microsoftsRowsDifferByChannel() {
    assertEquals(SubscriptionLifecycle.of(30, 90, 7), MICROSOFT.row(Channel.CSP, Commerce.NCE));
    assertEquals(SubscriptionLifecycle.of(30, 90, 90), MICROSOFT.row(Channel.CSP, Commerce.LEGACY));
    for (Channel channel : new Channel[] {Channel.DIRECT, Channel.OPEN, Channel.OTHER}) {
      for (Commerce commerce : Commerce.values()) {
        assertEquals(SubscriptionLifecycle.of(30, 90, 90), MICROSOFT.row(channel, commerce));
      }
    }
    assertEquals(
        SubscriptionLifecycle.of(0, 150, 150),
        MICROSOFT.row(Channel.ENTERPRISE_AGREEMENT, Commerce.NCE));
    assertEquals(30, MICROSOFT.trialExpiredDays());
    assertEquals(0, MICROSOFT.trialDisabledDays());
  }

  @Test
  void aSourceTakesItsChannelsRowAndATrialKeepsItsChannelsCancellationDays() {
    Subscription enterprise = source("ea").channel(Channel.ENTERPRISE_AGREEMENT).build();
    assertSame(
        MICROSOFT.row(Channel.ENTERPRISE_AGREEMENT, Commerce.NCE),
        MICROSOFT.lifecycleOf(enterprise, DEFAULTS));
    Subscription cspTrial =
        source("trial").channel(Channel.CSP).partnerId(PartnerId.of("1")).trial(true).build();
    assertEquals(SubscriptionLifecycle.of(30, 0, 7), MICROSOFT.lifecycleOf(cspTrial, DEFAULTS));
    Subscription directTrial = source("trial").channel(Channel.DIRECT).trial(true).build();
    assertEquals(SubscriptionLifecycle.of(30, 0, 90), MICROSOFT.lifecycleOf(directTrial, DEFAULTS));
  }

  @Test
  void presentOverridesReplaceTheirColumnForEverySourceEvenAtTheOldDefaults() {
    Subscription enterprise = source("ea").channel(Channel.ENTERPRISE_AGREEMENT).build();
    TransitionPolicy expiredOnly = TransitionPolicy.builder().expiredGraceDays(30).build();
    assertEquals(
        SubscriptionLifecycle.of(30, 150, 150), MICROSOFT.lifecycleOf(enterprise, expiredOnly));
    TransitionPolicy version2 =
        TransitionPolicy.builder()
            .expiredGraceDays(30)
            .disabledDays(90)
            .cancelledRetentionDays(90)
            .build();
    Subscription cspTrial =
        source("trial").channel(Channel.CSP).partnerId(PartnerId.of("1")).trial(true).build();
    assertEquals(SubscriptionLifecycle.of(30, 90, 90), MICROSOFT.lifecycleOf(cspTrial, version2));
    assertEquals(SubscriptionLifecycle.of(30, 90, 90), MICROSOFT.lifecycleOf(enterprise, version2));
  }

  @Test
  void aTableIsBuiltFromMicrosoftsOneRowAtATime() {
    LifecycleTable longer =
        LifecycleTable.builder()
            .channel(Channel.ENTERPRISE_AGREEMENT, SubscriptionLifecycle.of(90, 90, 90))
            .trial(15, 5)
            .build();
    assertEquals(
        SubscriptionLifecycle.of(90, 90, 90),
        longer.row(Channel.ENTERPRISE_AGREEMENT, Commerce.LEGACY));
    assertEquals(MICROSOFT.row(Channel.CSP, Commerce.NCE), longer.row(Channel.CSP, Commerce.NCE));
    assertEquals(15, longer.trialExpiredDays());
    assertEquals(5, longer.trialDisabledDays());
    assertNotEquals(MICROSOFT, longer);
    assertEquals(MICROSOFT, LifecycleTable.builder().build());
    assertEquals(MICROSOFT.hashCode(), LifecycleTable.builder().build().hashCode());
    assertEquals(
        longer,
        LifecycleTable.builder()
            .channel(Channel.ENTERPRISE_AGREEMENT, SubscriptionLifecycle.of(90, 90, 90))
            .trial(15, 5)
            .build());
    assertNotEquals(MICROSOFT, LifecycleTable.builder().trial(30, 1).build());
    assertNotEquals(MICROSOFT, LifecycleTable.builder().trial(31, 0).build());
  }

  @Test
  void rowsKeepWithinTenYears() {
    assertRefused(
        "lifecycle.expiredDays: -1 is not from 0 to 3650",
        () -> SubscriptionLifecycle.of(-1, 0, 0));
    assertRefused(
        "lifecycle.disabledDays: 3651 is not from 0 to 3650",
        () -> SubscriptionLifecycle.of(0, 3651, 0));
    assertRefused(
        "lifecycle.cancelledRetentionDays: 3651 is not from 0 to 3650",
        () -> SubscriptionLifecycle.of(0, 0, 3651));
    assertRefused(
        "lifecycle.expiredDays: -1 is not from 0 to 3650",
        () -> LifecycleTable.builder().trial(-1, 0));
    assertEquals(3650, SubscriptionLifecycle.of(3650, 3650, 3650).cancelledRetentionDays());
  }

  @Test
  void autoRenewalUnknownFollowsThePolicy() {
    Subscription unknown = source("s").build();
    assertEquals(true, unknown.renewsAutomatically(DEFAULTS));
    assertEquals(
        false,
        unknown.renewsAutomatically(
            TransitionPolicy.builder().unknownAutoRenew(AutoRenewAssumption.ASSUME_OFF).build()));
    assertEquals(false, source("s").autoRenew(false).build().renewsAutomatically(DEFAULTS));
    assertEquals(
        true,
        source("s")
            .autoRenew(true)
            .build()
            .renewsAutomatically(
                TransitionPolicy.builder()
                    .unknownAutoRenew(AutoRenewAssumption.ASSUME_OFF)
                    .build()));
  }

  @Test
  void partnersAreNamedByIdOrTenantIdWithGuidsComparedWithoutCase() {
    String guid = "9f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19";
    assertEquals(true, PartnerId.of(guid).sameAs(PartnerId.of(guid.toUpperCase(Locale.ROOT))));
    assertEquals(false, PartnerId.of("abc").sameAs(PartnerId.of("ABC")));
    assertEquals(false, PartnerId.of(guid).sameAs(PartnerId.of("9f8e7d6c")));
    assertEquals(guid, PartnerId.of(guid.toUpperCase(Locale.ROOT)).comparisonKey());
    assertEquals("ABC", PartnerId.of("ABC").comparisonKey());
    Partner partner = Fixtures.partner().tenantId(TenantId.parse(guid)).build();
    assertEquals(true, partner.isNamedBy(Fixtures.PARTNER));
    assertEquals(true, partner.isNamedBy(PartnerId.of(guid.toUpperCase(Locale.ROOT))));
    assertEquals(false, partner.isNamedBy(PartnerId.of("1234")));
    assertEquals(false, Fixtures.partner().build().isNamedBy(PartnerId.of(guid)));
    Subscription held =
        source("s")
            .channel(Channel.CSP)
            .partnerId(PartnerId.of(guid.toUpperCase(Locale.ROOT)))
            .build();
    assertEquals(true, held.isHeldBy(partner));
    assertEquals(false, held.isHeldBy(Fixtures.partner().build()));
    assertEquals(false, source("d").build().isHeldBy(partner));
  }

  @Test
  void guidsAreEightFourFourFourTwelveHexDigits() {
    assertEquals(true, TenantId.isGuid("0B6F2C9E-6f0a-4d2e-9a61-3f1c2d4e5a6b"));
    assertEquals(false, TenantId.isGuid("0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6"));
    assertEquals(false, TenantId.isGuid("0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6g"));
    assertEquals(false, TenantId.isGuid("0b6f2c9e-6f0a-4d2e-9a61_3f1c2d4e5a6b"));
    assertEquals(false, TenantId.isGuid("0b6f2c9e06f0a-4d2e-9a61-3f1c2d4e5a6b"));
    assertEquals(false, TenantId.isGuid("0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6\u0660"));
    assertEquals(false, TenantId.isGuid("1-1-1-1-1"));
  }

  @Test
  void aKindOfSubscriptionHasItsDaysWithoutAPolicy() {
    assertEquals(
        SubscriptionLifecycle.of(30, 0, 7), MICROSOFT.lifecycleOf(Channel.CSP, Commerce.NCE, true));
    assertEquals(
        SubscriptionLifecycle.of(0, 150, 150),
        MICROSOFT.lifecycleOf(Channel.ENTERPRISE_AGREEMENT, Commerce.NCE, false));
  }

  @Test
  void aRowOfOneCommerceLeavesTheOtherAndTablesDifferInHash() {
    LifecycleTable legacyLonger =
        LifecycleTable.builder()
            .channel(Channel.CSP, Commerce.LEGACY, SubscriptionLifecycle.of(45, 90, 90))
            .channel(Channel.OPEN, Commerce.NCE, SubscriptionLifecycle.of(31, 90, 90))
            .build();
    assertEquals(
        SubscriptionLifecycle.of(45, 90, 90), legacyLonger.row(Channel.CSP, Commerce.LEGACY));
    assertEquals(SubscriptionLifecycle.of(30, 90, 7), legacyLonger.row(Channel.CSP, Commerce.NCE));
    assertEquals(
        SubscriptionLifecycle.of(31, 90, 90), legacyLonger.row(Channel.OPEN, Commerce.NCE));
    assertEquals(
        SubscriptionLifecycle.of(30, 90, 90), legacyLonger.row(Channel.OPEN, Commerce.LEGACY));
    assertNotEquals(MICROSOFT.hashCode(), legacyLonger.hashCode());
    assertNotEquals(MICROSOFT.hashCode(), LifecycleTable.builder().trial(31, 0).build().hashCode());
    assertNotEquals(MICROSOFT.hashCode(), LifecycleTable.builder().trial(30, 1).build().hashCode());
    assertNotEquals(MICROSOFT, (Object) "a table");
  }

  @Test
  void tablesAndRowsSayTheirDays() {
    assertEquals(
        "30 expired + 90 disabled, cancelled: 7", SubscriptionLifecycle.of(30, 90, 7).toString());
    assertEquals(
        "LifecycleTable{DIRECT: 30 expired + 90 disabled, cancelled: 90; ENTERPRISE_AGREEMENT: 0"
            + " expired + 150 disabled, cancelled: 150; OPEN: 30 expired + 90 disabled, cancelled:"
            + " 90; CSP NCE: 30 expired + 90 disabled, cancelled: 7; CSP LEGACY: 30 expired + 90"
            + " disabled, cancelled: 90; OTHER: 30 expired + 90 disabled, cancelled: 90; trial: 30"
            + " expired + 0 disabled}",
        MICROSOFT.toString());
  }
}
