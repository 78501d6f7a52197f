package org.csptransfer.rules;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.csptransfer.core.AutoRenewAssumption;
import org.csptransfer.core.Channel;
import org.csptransfer.core.Commerce;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.action.LetExpire;
import org.csptransfer.rules.action.RescheduleStart;
import org.csptransfer.rules.action.TurnOffAutoRenew;
import org.csptransfer.rules.internal.Lifecycle;

/**
 * The new subscriptions must start close to the old ones' end: too early and the customer pays
 * twice, too late and users lose access, then data (docs/DOMAIN.md, sections 3, 4 and 7).
 *
 * <p>A source's first day without service is the day after its term when it is left to expire, its
 * cancel date when it is cancelled. From there a gap of up to the grace days keeps users working
 * (Expired state); beyond, users lose access (Disabled) until the disabled days are over, and then
 * the data is deleted. Cancelling skips the Expired state, so a cancelled source has no grace. Each
 * (source, target) pair is judged on its own, and so is each (source, stacked target) pair: a
 * stacked target that starts late is a gap for the plans it brings. A transferred source has no gap
 * and no overlap: the subscription itself moves. Cancelling before the end of the term after the
 * refund window forfeits prepaid days: letting the source expire is the advice.
 */
final class TimingRule implements Rule {

  @Override
  public String id() {
    return StandardRule.TIMING.id();
  }

  @Override
  public String description() {
    return "New subscriptions start without a gap or double billing, and cancelling loses nothing";
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = List.of();
    TransitionRequest request = context.request();
    TransitionPolicy policy = context.policy();
    List<Subscription> sources = request.sources();
    for (int i = 0; i < sources.size(); i++) {
      Subscription source = sources.get(i);
      SourceTimeline timeline = context.timeline().get(i);
      if (timeline.forfeitedDays() > 0) {
        findings = Findings.add(findings, earlyCancellation(source, timeline));
      }
      if (context.replacing(i) == null) {
        continue;
      }
      if (source.status() != SubscriptionStatus.ACTIVE) {
        findings = Findings.add(findings, inactive(source, request.asOf()));
      }
      if (context.transferAt(i) != null) {
        continue;
      }
      if (renewsBesideItsReplacement(source, policy)) {
        findings = Findings.add(findings, autoRenewal(source));
      }
      for (TargetTiming timing : timeline.targets()) {
        if (timing.gapDays() > 0) {
          findings = Findings.add(findings, gap(source, timing, timeline, request, policy));
        }
        if (timing.overlapDays() > policy.overlapToleranceDays()) {
          findings = Findings.add(findings, overlap(source, timing, timeline, request, policy));
        }
      }
    }
    return findings;
  }

  /**
   * CONTRACT.md, "Version 3", "Renewal": a replaced, not transferred source left to expire and
   * active renews at its term end while its auto-renewal is on (given, or unknown under {@link
   * AutoRenewAssumption#ASSUME_ON}). The caller has checked that it is replaced and not
   * transferred.
   */
  static boolean renewsBesideItsReplacement(Subscription source, TransitionPolicy policy) {
    return source.disposition() == Disposition.LET_EXPIRE
        && source.status() == SubscriptionStatus.ACTIVE
        && source.renewsAutomatically(policy);
  }

  private static Finding autoRenewal(Subscription source) {
    return Finding.of(
        FindingCode.AUTO_RENEWAL_ON,
        List.of(source.id().value()),
        ImmutableMap.of(
            "source", source.id().value(),
            "renewsOn", source.lastDayOfTerm().plusDays(1),
            "known", source.autoRenew().isPresent()),
        TurnOffAutoRenew.of(source.id(), source.lastDayOfTerm(), holder(source)));
  }

  /** The CSP partner that holds a source, empty when the customer does (CONTRACT.md, "Actors"). */
  private static Optional<PartnerId> holder(Subscription source) {
    return source.channel() == Channel.CSP ? source.partnerId() : Optional.empty();
  }

  /**
   * CONTRACT.md, "Version 3", "Renewal": after the cancellation window Microsoft refuses to cancel
   * a CSP new-commerce or a direct subscription; it stays billed until its term ends.
   */
  private static boolean isCancellable(Subscription source) {
    boolean refused =
        (source.channel() == Channel.CSP && source.commerce() == Commerce.NCE)
            || source.channel() == Channel.DIRECT;
    return !refused;
  }

  private static LocalDate recommended(
      SourceTimeline timeline, TransitionRequest request, TransitionPolicy policy) {
    return Lifecycle.recommendedStart(
        timeline.firstDayWithoutService(), request.asOf(), policy.effectiveLeadDays());
  }

  private static Finding gap(
      Subscription source,
      TargetTiming timing,
      SourceTimeline timeline,
      TransitionRequest request,
      TransitionPolicy policy) {
    long gap = timing.gapDays();
    int grace = timeline.graceDays();
    ImmutableMap.Builder<String, Object> arguments =
        ImmutableMap.<String, Object>builder()
            .put("source", source.id().value())
            .put("target", timing.target().value())
            .put("lastDayOfService", timeline.lastDayOfService())
            .put("targetStart", timing.start())
            .put("gapDays", gap);
    FindingCode code;
    if (gap <= grace) {
      code = FindingCode.SERVICE_GAP;
      arguments.put("graceDays", grace);
    } else if (gap <= (long) grace + timeline.disabledDays()) {
      code = FindingCode.SERVICE_INTERRUPTION;
      arguments.put("firstDayDisabled", timeline.firstDayDisabled());
    } else {
      code = FindingCode.DATA_LOSS;
      arguments.put("firstDayDeleted", timeline.firstDayDeleted());
    }
    // A source whose service ended before the as-of date leaves a gap no start date can close
    // (a subscription cannot start in the past): no action then, as none would clear the finding.
    boolean avoidable = !timeline.firstDayWithoutService().isBefore(request.asOf());
    return Finding.of(
        code,
        List.of(source.id().value(), timing.target().value()),
        arguments.buildOrThrow(),
        avoidable
            ? RescheduleStart.of(
                timing.target(), timing.start(), recommended(timeline, request, policy))
            : null);
  }

  private static Finding overlap(
      Subscription source,
      TargetTiming timing,
      SourceTimeline timeline,
      TransitionRequest request,
      TransitionPolicy policy) {
    return Finding.of(
        FindingCode.OVERLAP_DOUBLE_BILLING,
        List.of(source.id().value(), timing.target().value()),
        ImmutableMap.<String, Object>builder()
            .put("source", source.id().value())
            .put("target", timing.target().value())
            .put("lastDayOfService", timeline.lastDayOfService())
            .put("targetStart", timing.start())
            .put("overlapDays", timing.overlapDays())
            .put("toleranceDays", policy.overlapToleranceDays())
            .buildOrThrow(),
        RescheduleStart.of(
            timing.target(), timing.start(), recommended(timeline, request, policy)));
  }

  private static Finding inactive(Subscription source, LocalDate asOf) {
    return Finding.of(
        FindingCode.SOURCE_INACTIVE,
        List.of(source.id().value()),
        ImmutableMap.of(
            "source", source.id().value(), "status", source.status().name(), "asOf", asOf));
  }

  private static Finding earlyCancellation(Subscription source, SourceTimeline timeline) {
    ImmutableMap.Builder<String, Object> arguments =
        ImmutableMap.<String, Object>builder()
            .put("source", source.id().value())
            .put("cancelOn", timeline.firstDayWithoutService())
            .put("termEnd", source.lastDayOfTerm())
            .put("forfeitedDays", timeline.forfeitedDays());
    timeline.forfeitedValue().ifPresent(value -> arguments.put("forfeitedValue", value));
    arguments.put("cancellable", isCancellable(source));
    return Finding.of(
        FindingCode.EARLY_CANCELLATION,
        List.of(source.id().value()),
        arguments.buildOrThrow(),
        LetExpire.of(
            source.id(), source.lastDayOfTerm(), timeline.forfeitedDays(), holder(source)));
  }
}
