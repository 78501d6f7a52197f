package org.csptransfer.rules.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.csptransfer.core.Channel;
import org.csptransfer.core.Commerce;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.TransferId;
import org.csptransfer.rules.TransferIneligibility;
import org.jspecify.annotations.Nullable;

/**
 * Whether a partner-to-partner transfer can move a subscription (CONTRACT.md, "Partner-to-partner
 * transfers"), shared by the transfer rule and the planner so that the planner never proposes what
 * the rule refuses.
 */
public final class TransferEligibility {

  private TransferEligibility() {}

  /**
   * Returns the first reason, in the contract's order, why a transfer on a date cannot move a
   * subscription.
   *
   * @param source the subscription
   * @param date the transfer date
   * @param request the request the transfer belongs to; null when planning a request not yet named,
   *     in which case any open request the subscription is in holds it back
   * @return the reason, or empty if the transfer can move it
   */
  public static Optional<TransferIneligibility> reason(
      Subscription source, LocalDate date, @Nullable TransferId request) {
    if (source.channel() != Channel.CSP) {
      return Optional.of(TransferIneligibility.CHANNEL);
    }
    if (source.commerce() == Commerce.LEGACY) {
      return Optional.of(TransferIneligibility.LEGACY);
    }
    if (source.trial()) {
      return Optional.of(TransferIneligibility.TRIAL);
    }
    if (source.status() != SubscriptionStatus.ACTIVE) {
      return Optional.of(TransferIneligibility.STATUS);
    }
    if (!source.firstDayWithoutService().isAfter(date)) {
      return Optional.of(TransferIneligibility.ENDED);
    }
    // "Another" open request: a source whose pending request is this one is not held back by it.
    if (source.pendingTransfer().isPresent() && !source.pendingTransfer().get().equals(request)) {
      return Optional.of(TransferIneligibility.PENDING);
    }
    return Optional.empty();
  }

  /**
   * Returns the values a message about a reason shows: the reason, and what it is about (the
   * channel, the commerce, the status and as-of date, the term end, the open request).
   *
   * @param source the subscription
   * @param reason why a transfer cannot move it
   * @param asOf the evaluation date
   * @return the arguments, {@code reason} first
   */
  public static Map<String, Object> arguments(
      Subscription source, TransferIneligibility reason, LocalDate asOf) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("reason", reason.name());
    switch (reason) {
      case CHANNEL -> arguments.put("channel", source.channel().name());
      case LEGACY -> arguments.put("commerce", source.commerce().name());
      case STATUS -> {
        arguments.put("status", source.status().name());
        arguments.put("asOf", asOf);
      }
      case ENDED -> arguments.put("termEnd", source.lastDayOfTerm());
      case PENDING ->
          arguments.put("pendingTransfer", source.pendingTransfer().orElseThrow().value());
      case TRIAL -> {}
    }
    return arguments;
  }
}
