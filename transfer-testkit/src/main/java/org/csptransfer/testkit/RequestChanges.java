package org.csptransfer.testkit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.csptransfer.core.Customer;
import org.csptransfer.core.Limits;
import org.csptransfer.core.Partner;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Relationship;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.TenantId;
import org.csptransfer.core.Transfer;
import org.csptransfer.core.TransferId;
import org.csptransfer.core.TransitionRequest;

/**
 * Changes to a request that must not change what the rules find, for metamorphic properties: moving
 * every date by the same number of days (the rules judge day counts, never the calendar), and
 * renaming every id consistently (the rules judge links, never names).
 */
public final class RequestChanges {

  private RequestChanges() {}

  /**
   * Returns the shift closest to a wished one that keeps every date of the request within the
   * limits.
   *
   * @param request the request; not null
   * @param wished the shift wished, in days
   * @return the feasible shift, in days
   */
  public static long feasibleShift(TransitionRequest request, long wished) {
    LocalDate earliest = request.asOf();
    LocalDate latest = request.asOf();
    for (LocalDate date : dates(request)) {
      earliest = date.isBefore(earliest) ? date : earliest;
      latest = date.isAfter(latest) ? date : latest;
    }
    long down = ChronoUnit.DAYS.between(earliest, Limits.earliestDate());
    long up = ChronoUnit.DAYS.between(latest, Limits.latestDate());
    return Math.max(down, Math.min(up, wished));
  }

  private static List<LocalDate> dates(TransitionRequest request) {
    List<LocalDate> dates = new ArrayList<>();
    dates.add(request.asOf());
    for (Subscription source : request.sources()) {
      dates.add(source.lastDayOfTerm());
      source.cancelOn().ifPresent(dates::add);
      source.lastRefundableDay().ifPresent(dates::add);
    }
    request.targets().forEach(target -> dates.add(target.start()));
    request.transfers().forEach(transfer -> dates.add(transfer.date()));
    return dates;
  }

  /**
   * Returns the request with every date moved by the same number of days.
   *
   * @param request the request; not null
   * @param days the shift, in days, such that every date stays within the limits (see {@link
   *     #feasibleShift(TransitionRequest, long)})
   * @return the shifted request
   * @throws IllegalArgumentException if a date would leave the limits
   */
  public static TransitionRequest shifted(TransitionRequest request, long days) {
    List<Subscription> sources = new ArrayList<>();
    for (Subscription source : request.sources()) {
      Subscription.Builder moved =
          Subscription.builder().from(source).lastDayOfTerm(source.lastDayOfTerm().plusDays(days));
      source.cancelOn().ifPresent(date -> moved.cancelOn(date.plusDays(days)));
      source.lastRefundableDay().ifPresent(date -> moved.lastRefundableDay(date.plusDays(days)));
      sources.add(moved.build());
    }
    List<PlannedSubscription> targets = new ArrayList<>();
    for (PlannedSubscription target : request.targets()) {
      targets.add(
          PlannedSubscription.builder().from(target).start(target.start().plusDays(days)).build());
    }
    List<Transfer> transfers = new ArrayList<>();
    for (Transfer transfer : request.transfers()) {
      transfers.add(Transfer.builder().from(transfer).date(transfer.date().plusDays(days)).build());
    }
    return TransitionRequest.builder()
        .from(request)
        .asOf(request.asOf().plusDays(days))
        .sources(sources)
        .targets(targets)
        .transfers(transfers)
        .build();
  }

  /**
   * Returns the request with every subscription, transfer and partner id renamed by the same
   * function, consistently wherever it appears (replaced sources, stacked targets, parents,
   * transfers, open requests, relationships).
   *
   * @param request the request; not null
   * @param rename a one-to-one function of ids to ids; not null
   * @return the renamed request
   */
  public static TransitionRequest renamed(TransitionRequest request, UnaryOperator<String> rename) {
    requireNonNull(rename, "rename");
    List<Subscription> sources = new ArrayList<>();
    for (Subscription source : request.sources()) {
      Subscription.Builder renamed =
          Subscription.builder().from(source).id(subscription(source.id(), rename));
      source.partnerId().ifPresent(partner -> renamed.partnerId(partner(partner, rename)));
      source.parentId().ifPresent(parent -> renamed.parentId(subscription(parent, rename)));
      source
          .pendingTransfer()
          .ifPresent(pending -> renamed.pendingTransfer(transfer(pending, rename)));
      sources.add(renamed.build());
    }
    List<PlannedSubscription> targets = new ArrayList<>();
    for (PlannedSubscription target : request.targets()) {
      PlannedSubscription.Builder renamed =
          PlannedSubscription.builder().from(target).id(subscription(target.id(), rename));
      renamed.replacedSourceIds(
          target.replacedSourceIds().stream().map(id -> subscription(id, rename)).toList());
      target.stacksOn().ifPresent(base -> renamed.stacksOn(subscription(base, rename)));
      targets.add(renamed.build());
    }
    List<Transfer> transfers = new ArrayList<>();
    for (Transfer transfer : request.transfers()) {
      transfers.add(
          Transfer.builder()
              .from(transfer)
              .id(transfer(transfer.id(), rename))
              .sourceIds(transfer.sourceIds().stream().map(id -> subscription(id, rename)).toList())
              .build());
    }
    List<Relationship> relationships = new ArrayList<>();
    for (Relationship relationship : request.customer().relationships()) {
      relationships.add(
          Relationship.of(partner(relationship.partnerId(), rename), relationship.status()));
    }
    return TransitionRequest.builder()
        .from(request)
        .partner(
            Partner.builder()
                .from(request.partner())
                .id(partner(request.partner().id(), rename))
                .build())
        .customer(Customer.builder().from(request.customer()).relationships(relationships).build())
        .sources(sources)
        .targets(targets)
        .transfers(transfers)
        .build();
  }

  /**
   * Returns the request with every id renamed by a one-to-one function that changes how ids sort:
   * each id reversed, then marked.
   *
   * @param request the request; not null
   * @return the renamed request
   */
  public static TransitionRequest renamed(TransitionRequest request) {
    return renamed(request, id -> "r:" + new StringBuilder(id).reverse());
  }

  private static SubscriptionId subscription(SubscriptionId id, UnaryOperator<String> rename) {
    return SubscriptionId.of(rename.apply(id.value()));
  }

  private static TransferId transfer(TransferId id, UnaryOperator<String> rename) {
    return TransferId.of(rename.apply(id.value()));
  }

  /** Tenant ids (GUIDs) keep their names: a partner's tenant id names it too. */
  private static PartnerId partner(PartnerId id, UnaryOperator<String> rename) {
    return TenantId.isGuid(id.value()) ? id : PartnerId.of(rename.apply(id.value()));
  }
}
