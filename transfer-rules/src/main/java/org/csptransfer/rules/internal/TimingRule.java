package org.csptransfer.rules.internal;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.TransferPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.Finding;
import org.csptransfer.rules.FindingCode;
import org.csptransfer.rules.RequiredAction;
import org.csptransfer.rules.Rule;
import org.csptransfer.rules.RuleContext;
import org.csptransfer.rules.SourceTimeline;
import org.csptransfer.rules.StandardRule;
import org.csptransfer.rules.TargetTiming;

/**
 * The new subscriptions must start close to the old ones' end: too early and the customer pays
 * twice, too late and users lose access, then data (domain brief, sections 3, 4 and 7).
 *
 * <p>A source's end is its first day without service: {@code termEnd + 1} when it is left to
 * expire, {@code cancelOn} when it is cancelled. From there a gap of up to the grace days keeps
 * users working (Expired state); beyond, users lose access (Disabled) until the disabled days are
 * over, and then the data is deleted. Cancelling skips the Expired state, so a cancelled source has
 * no grace. Each (source, target) pair is judged on its own. Cancelling before the term end after
 * the refund window forfeits prepaid days: letting the source expire is the advice.
 */
public final class TimingRule implements Rule {

  @Override
  public String id() {
    return StandardRule.TIMING.id();
  }

  @Override
  public String description() {
    return "New subscriptions start without a gap or double billing, and cancelling loses nothing";
  }

  @Override
  public List<Finding> evaluate(TransitionRequest request, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    TransferPolicy policy = context.policy();
    for (Subscription source : request.sources()) {
      SourceTimeline timeline = context.timelineOf(source.id());
      if (timeline.forfeitedDays() > 0) {
        findings.add(earlyCancellation(source, timeline));
      }
      List<PlannedSubscription> targets = context.targetsReplacing(source.id());
      if (targets.isEmpty()) {
        continue;
      }
      if (source.status() != SubscriptionStatus.ACTIVE) {
        findings.add(inactive(source, request.asOf()));
      }
      int grace = source.isCancelled() ? 0 : policy.expiredGraceDays();
      for (TargetTiming timing : timeline.replacements()) {
        LocalDate recommended = recommendedStart(timeline.end(), request.asOf(), policy);
        judgeGap(source, timing, timeline, grace, policy.disabledDays(), recommended, findings);
        if (timing.overlapDays() > policy.overlapToleranceDays()) {
          findings.add(overlap(source, timing, timeline, policy, recommended));
        }
      }
    }
    return findings;
  }

  /** The start the planner would choose: the end minus the lead, never before the as-of date. */
  static LocalDate recommendedStart(LocalDate end, LocalDate asOf, TransferPolicy policy) {
    LocalDate start = end.minusDays(policy.effectiveLeadDays());
    return start.isBefore(asOf) ? asOf : start;
  }

  private static void judgeGap(
      Subscription source,
      TargetTiming timing,
      SourceTimeline timeline,
      int grace,
      int disabledDays,
      LocalDate recommended,
      List<Finding> findings) {
    long gap = timing.gapDays();
    if (gap == 0) {
      return;
    }
    FindingCode code;
    String consequence;
    if (gap <= grace) {
      code = FindingCode.SERVICE_GAP;
      consequence =
          "users keep access while the source is expired, within its " + grace + " grace days";
    } else if (gap <= (long) grace + disabledDays) {
      code = FindingCode.SERVICE_INTERRUPTION;
      consequence = "users lose access from " + timeline.disabledFrom();
    } else {
      code = FindingCode.DATA_LOSS;
      consequence = "the source's data is deleted from " + timeline.deletedFrom();
    }
    findings.add(
        Finding.of(
                code,
                List.of(source.id().value(), timing.target().value()),
                String.format(
                    "%s starts %s, %d days after %s ends on %s: %s",
                    timing.target(), timing.start(), gap, source.id(), timeline.end(), consequence),
                ImmutableMap.of(
                    "source", source.id().value(),
                    "target", timing.target().value(),
                    "sourceEnd", timeline.end(),
                    "targetStart", timing.start(),
                    "gapDays", gap,
                    "graceDays", grace))
            .withAction(
                new RequiredAction.RescheduleStart(timing.target(), timing.start(), recommended)));
  }

  private static Finding overlap(
      Subscription source,
      TargetTiming timing,
      SourceTimeline timeline,
      TransferPolicy policy,
      LocalDate recommended) {
    return Finding.of(
            FindingCode.OVERLAP_DOUBLE_BILLING,
            List.of(source.id().value(), timing.target().value()),
            String.format(
                "%s starts %s, %d days before %s ends on %s (tolerance %d): both are billed"
                    + " meanwhile",
                timing.target(),
                timing.start(),
                timing.overlapDays(),
                source.id(),
                timeline.end(),
                policy.overlapToleranceDays()),
            ImmutableMap.of(
                "source", source.id().value(),
                "target", timing.target().value(),
                "sourceEnd", timeline.end(),
                "targetStart", timing.start(),
                "overlapDays", timing.overlapDays(),
                "toleranceDays", policy.overlapToleranceDays()))
        .withAction(
            new RequiredAction.RescheduleStart(timing.target(), timing.start(), recommended));
  }

  private static Finding inactive(Subscription source, LocalDate asOf) {
    return Finding.of(
        FindingCode.SOURCE_INACTIVE,
        List.of(source.id().value()),
        String.format(
            "%s is %s on %s: users may already have lost access",
            source.id(), source.status().name().toLowerCase(java.util.Locale.ROOT), asOf),
        ImmutableMap.of("source", source.id().value(), "status", source.status().name()));
  }

  private static Finding earlyCancellation(Subscription source, SourceTimeline timeline) {
    LocalDate cancelOn = timeline.end();
    ImmutableMap.Builder<String, Object> arguments =
        ImmutableMap.<String, Object>builder()
            .put("source", source.id().value())
            .put("cancelOn", cancelOn)
            .put("termEnd", source.termEnd())
            .put("forfeitedDays", timeline.forfeitedDays());
    timeline.forfeitedValue().ifPresent(value -> arguments.put("forfeitedValue", value));
    String value = timeline.forfeitedValue().map(v -> " worth " + v).orElse("");
    return Finding.of(
            FindingCode.EARLY_CANCELLATION,
            List.of(source.id().value()),
            String.format(
                "%s is cancelled on %s, before its term ends on %s and without refund: %d prepaid"
                    + " days%s are lost",
                source.id(), cancelOn, source.termEnd(), timeline.forfeitedDays(), value),
            arguments.buildOrThrow())
        .withAction(
            new RequiredAction.LetExpire(source.id(), source.termEnd(), timeline.forfeitedDays()));
  }
}
