package org.csptransfer.json.tenant;

import static org.csptransfer.json.tenant.TenantValues.DIRECTORY_SUBSCRIPTIONS;
import static org.csptransfer.json.tenant.TenantValues.PARTNER_CENTER;
import static org.csptransfer.json.tenant.TenantValues.arguments;
import static org.csptransfer.json.tenant.TenantValues.built;
import static org.csptransfer.json.tenant.TenantValues.checkedDate;
import static org.csptransfer.json.tenant.TenantValues.matchKey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csptransfer.core.Channel;
import org.csptransfer.core.Commerce;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.LifecycleTable;
import org.csptransfer.core.Limits;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionLifecycle;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.TenantId;
import org.csptransfer.json.ScenarioException;
import org.csptransfer.json.tenant.ImportNote.Kind;
import org.jspecify.annotations.Nullable;

/**
 * One source per Graph subscription, completed by its Partner Center item when there is one
 * (CONTRACT.md, "Reading tenant data" and its version 3): id, offer, quantity, assigned licenses,
 * channel and partner from {@code ownerTenantId}, the last day of the term, refund window,
 * commerce, parent, trial and status.
 */
final class SourceMapping {

  private final Map<String, PartnerCenterItem> partnerCenter;
  private final LifecycleTable lifecycles;
  private final SeatSharing seats;
  private final TenantId customer;
  // Graph ids by themselves, then by their match key, so that a Partner Center parent id is
  // found in one or two lookups (an exact id first), not by a scan of all ids.
  private final Map<String, String> ids = new HashMap<>();

  /**
   * @param subscriptions every Graph subscription (the parents a Partner Center item may name)
   * @param partnerCenter the Partner Center items by {@link TenantValues#matchKey match key}
   * @param lifecycles the table an expired or disabled subscription's term end is derived with
   * @param seats the assigned licenses of each subscription
   * @param customer the customer's tenant: a subscription it owns was not bought from a partner
   */
  SourceMapping(
      List<GraphSubscription> subscriptions,
      Map<String, PartnerCenterItem> partnerCenter,
      LifecycleTable lifecycles,
      SeatSharing seats,
      TenantId customer) {
    this.partnerCenter = partnerCenter;
    this.lifecycles = lifecycles;
    this.seats = seats;
    this.customer = customer;
    for (GraphSubscription subscription : subscriptions) {
      ids.put(subscription.id, subscription.id);
    }
    for (GraphSubscription subscription : subscriptions) {
      ids.putIfAbsent(matchKey(subscription.id), subscription.id);
    }
  }

  /** Whether a Graph subscription was bought from a CSP partner: its owner is another tenant. */
  private boolean heldByPartner(GraphSubscription graph) {
    Optional<String> owner = graph.ownerTenantId;
    return owner.isPresent() && !TenantValues.sameTenant(owner.get(), customer);
  }

  /**
   * Returns the source of a Graph subscription.
   *
   * @param graph the subscription
   * @param notes where the notes of its mapping are added
   * @return the source, left to expire
   * @throws ScenarioException if a value of the bodies does not fit a scenario, naming its path
   */
  Subscription source(GraphSubscription graph, List<ImportNote> notes) {
    PartnerCenterItem item = partnerCenter.get(matchKey(graph.id));
    Subscription.Builder source =
        Subscription.builder()
            .id(built(graph.path + ".id", () -> SubscriptionId.of(graph.id)))
            .offerId(built(graph.path + ".skuPartNumber", () -> OfferId.of(graph.skuPartNumber)))
            .quantity(graph.totalLicenses)
            .assignedLicenses(seats.assignedTo(graph.id))
            .disposition(Disposition.LET_EXPIRE)
            .trial(graph.trial);
    boolean heldByPartner = heldByPartner(graph);
    if (heldByPartner) {
      String ownerId = graph.ownerTenantId.orElseThrow().strip();
      source
          .channel(Channel.CSP)
          .partnerId(
              built(
                  graph.path + ".ownerTenantId",
                  () -> PartnerId.of(PartnerId.of(ownerId).comparisonKey())));
    } else {
      source.channel(Channel.OTHER);
    }
    Commerce commerce = Commerce.NCE;
    boolean trial = graph.trial;
    if (item != null) {
      commerce = item.nce ? Commerce.NCE : Commerce.LEGACY;
      trial = item.trial.orElse(trial);
      source.commerce(commerce).trial(trial);
      item.autoRenew.ifPresent(source::autoRenew);
    }
    SubscriptionLifecycle lifecycle =
        lifecycles.lifecycleOf(heldByPartner ? Channel.CSP : Channel.OTHER, commerce, trial);
    source.lastDayOfTerm(lastDayOfTerm(graph, item, lifecycle, notes));
    SubscriptionStatus status = graph.mappedStatus;
    if (item != null) {
      item.lastRefundableDay.ifPresent(
          date ->
              source.lastRefundableDay(
                  checkedDate(item.path + ".cancellationAllowedUntilDate", date, PARTNER_CENTER)));
      if (item.status.isPresent()) {
        status = item.status.get();
      } else if (item.rawStatus.isPresent()) {
        notes.add(
            ImportNote.of(
                Kind.PARTNER_CENTER_STATUS_KEPT,
                arguments(
                    "source", graph.id, "status", item.rawStatus.get(), "kept", status.name())));
      }
      if (item.parent.isPresent()) {
        String parent = item.parent.get();
        String parentId = sourceIdOf(parent);
        if (parentId != null && !parentId.equals(graph.id)) {
          source.parentId(
              built(
                  item.path + ".parentSubscriptionId",
                  () -> SubscriptionId.of(parentId),
                  PARTNER_CENTER));
        } else {
          notes.add(
              ImportNote.of(Kind.PARENT_UNKNOWN, arguments("source", graph.id, "parent", parent)));
        }
      }
    }
    source.status(status);
    return built(graph.path, source::build, DIRECTORY_SUBSCRIPTIONS);
  }

  /**
   * Partner Center's commitment end date when it gives one a scenario can hold, else Graph's next
   * lifecycle date.
   */
  private LocalDate lastDayOfTerm(
      GraphSubscription graph,
      @Nullable PartnerCenterItem item,
      SubscriptionLifecycle lifecycle,
      List<ImportNote> notes) {
    LocalDate commitmentEnd = item == null ? null : item.lastDayOfTerm();
    if (item != null && commitmentEnd != null && !Limits.isSupported(commitmentEnd)) {
      if (graph.nextLifecycle == null) {
        throw new ScenarioException(
                item.path + ".commitmentEndDate",
                commitmentEnd
                    + " is outside "
                    + Limits.earliestDate()
                    + " to "
                    + Limits.latestDate()
                    + ", and Graph gives no nextLifecycleDateTime")
            .in(PARTNER_CENTER);
      }
      // Microsoft writes 9999-12-10 for subscriptions that do not renew: Graph's date stands.
      notes.add(
          ImportNote.of(
              Kind.COMMITMENT_END_IGNORED,
              arguments("source", graph.id, "date", String.valueOf(item.rawCommitmentEnd))));
      commitmentEnd = null;
    }
    if (commitmentEnd != null) {
      return commitmentEnd;
    }
    if (graph.nextLifecycle != null) {
      return checkedDate(
          graph.path + ".nextLifecycleDateTime",
          graphLastDayOfTerm(graph, graph.nextLifecycle, lifecycle, notes),
          DIRECTORY_SUBSCRIPTIONS);
    }
    throw new ScenarioException(
            graph.path + ".nextLifecycleDateTime",
            "missing, and no Partner Center subscription gives its commitmentEndDate")
        .in(DIRECTORY_SUBSCRIPTIONS);
  }

  /**
   * CONTRACT.md, "Version 3", "Reading tenant data": {@code nextLifecycleDateTime} is when the
   * subscription moves to its next state. Enabled: the day before it; Warning (expired): that day
   * minus the expired days of the source's lifecycle row; Suspended and LockedOut (disabled): minus
   * its expired and disabled days. A note says when the term end was derived from a later state.
   */
  private static LocalDate graphLastDayOfTerm(
      GraphSubscription graph,
      Instant next,
      SubscriptionLifecycle lifecycle,
      List<ImportNote> notes) {
    LocalDate dayBefore = next.minusSeconds(1).atOffset(ZoneOffset.UTC).toLocalDate();
    long days;
    switch (graph.status) {
      case "Warning" -> days = lifecycle.expiredDays();
      case "Suspended", "LockedOut" ->
          days = (long) lifecycle.expiredDays() + lifecycle.disabledDays();
      default -> days = 0;
    }
    if (days == 0) {
      return dayBefore;
    }
    LocalDate lastDay = dayBefore.minusDays(days);
    notes.add(
        ImportNote.of(
            Kind.TERM_END_DERIVED,
            arguments(
                "source",
                graph.id,
                "status",
                graph.status,
                "nextLifecycle",
                dayBefore.plusDays(1),
                "days",
                days,
                "termEnd",
                lastDay)));
    return lastDay;
  }

  /** The Graph id a Partner Center id names, or null: the same id, else the same match key. */
  private @Nullable String sourceIdOf(String partnerCenterId) {
    String exact = ids.get(partnerCenterId);
    return exact != null ? exact : ids.get(matchKey(partnerCenterId));
  }
}
