package org.csptransfer.rules.internal;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
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
    List<Finding> findings = List.of();
    TransferPolicy policy = context.policy();
    List<Subscription> sources = request.sources();
    for (int i = 0; i < sources.size(); i++) {
      Subscription source = sources.get(i);
      SourceTimeline timeline = context.timeline().get(i);
      if (timeline.forfeitedDays() > 0) {
        findings = FindingList.add(findings, earlyCancellation(source, timeline));
      }
      if (timeline.replacements().isEmpty()) {
        continue;
      }
      if (source.status() != SubscriptionStatus.ACTIVE) {
        findings = FindingList.add(findings, inactive(source, request.asOf()));
      }
      int grace = source.isCancelled() ? 0 : policy.expiredGraceDays();
      List<TargetTiming> replacements = timeline.replacements();
      for (int t = 0; t < replacements.size(); t++) {
        TargetTiming timing = replacements.get(t);
        if (timing.gapDays() > 0) {
          findings =
              FindingList.add(
                  findings,
                  gap(
                      source,
                      timing,
                      timeline,
                      grace,
                      policy.disabledDays(),
                      recommendedStart(timeline.end(), request.asOf(), policy)));
        }
        if (timing.overlapDays() > policy.overlapToleranceDays()) {
          findings =
              FindingList.add(
                  findings,
                  overlap(
                      source,
                      timing,
                      timeline,
                      policy,
                      recommendedStart(timeline.end(), request.asOf(), policy)));
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

  private static Finding gap(
      Subscription source,
      TargetTiming timing,
      SourceTimeline timeline,
      int grace,
      int disabledDays,
      LocalDate recommended) {
    long gap = timing.gapDays();
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
    return Finding.of(
            code,
            List.of(source.id().value(), timing.target().value()),
            ""
                + timing.target()
                + " starts "
                + timing.start()
                + ", "
                + gap
                + " days after "
                + source.id()
                + " ends on "
                + timeline.end()
                + ": "
                + consequence,
            ImmutableMap.of(
                "source", source.id().value(),
                "target", timing.target().value(),
                "sourceEnd", timeline.end(),
                "targetStart", timing.start(),
                "gapDays", gap,
                "graceDays", grace))
        .withAction(
            new RequiredAction.RescheduleStart(timing.target(), timing.start(), recommended));
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
            ""
                + timing.target()
                + " starts "
                + timing.start()
                + ", "
                + timing.overlapDays()
                + " days before "
                + source.id()
                + " ends on "
                + timeline.end()
                + " (tolerance "
                + policy.overlapToleranceDays()
                + "): both are billed meanwhile",
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
        ""
            + source.id()
            + " is "
            + source.status().name().toLowerCase(java.util.Locale.ROOT)
            + " on "
            + asOf
            + ": users may already have lost access",
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
            ""
                + source.id()
                + " is cancelled on "
                + cancelOn
                + ", before its term ends on "
                + source.termEnd()
                + " and without refund: "
                + timeline.forfeitedDays()
                + " prepaid days"
                + value
                + " are lost",
            arguments.buildOrThrow())
        .withAction(
            new RequiredAction.LetExpire(source.id(), source.termEnd(), timeline.forfeitedDays()));
  }
}
