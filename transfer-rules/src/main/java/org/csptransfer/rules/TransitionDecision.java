package org.csptransfer.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.csptransfer.core.SubscriptionId;

/**
 * The validated decision on a transition plan.
 *
 * <p>The verdict always follows from the findings and actions (see {@link Verdict#of(List, List)});
 * a decision that contradicts them cannot be built. Findings are ordered by severity (errors
 * first), then by the order of the rules that raised them, then by subject; actions follow the
 * order of the findings that require them, each once.
 *
 * @param verdict approved, approved with actions, or rejected
 * @param findings what the rules found, ordered as above
 * @param actions what must be done, each once
 * @param timeline one entry per source, in the request's order
 * @param trace one entry per rule of the pipeline, in pipeline order
 */
public record TransitionDecision(
    Verdict verdict,
    List<Finding> findings,
    List<RequiredAction> actions,
    List<SourceTimeline> timeline,
    List<RuleTrace> trace) {

  /**
   * Creates a decision; the lists are copied.
   *
   * @param verdict approved, approved with actions, or rejected
   * @param findings what the rules found, ordered as above
   * @param actions what must be done, each once
   * @param timeline one entry per source, in the request's order
   * @param trace one entry per rule of the pipeline, in pipeline order
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the verdict does not follow from the findings and actions,
   *     or the findings are not ordered by severity
   */
  public TransitionDecision {
    requireNonNull(verdict, "verdict");
    findings = ImmutableList.copyOf(findings);
    actions = ImmutableList.copyOf(actions);
    timeline = ImmutableList.copyOf(timeline);
    trace = ImmutableList.copyOf(trace);
    Verdict expected = Verdict.of(findings, actions);
    checkArgument(
        verdict == expected,
        "decision: verdict %s contradicts its findings (%s)",
        verdict,
        expected);
    for (int i = 1; i < findings.size(); i++) {
      checkArgument(
          findings.get(i - 1).severity().compareTo(findings.get(i).severity()) <= 0,
          "decision: findings are not ordered by severity at %s",
          i);
    }
  }

  /**
   * Returns the codes of the findings, in the findings' order.
   *
   * @return the codes
   */
  public List<String> codes() {
    return findings.stream().map(Finding::code).collect(ImmutableList.toImmutableList());
  }

  /**
   * Tells whether any finding has a standard code.
   *
   * @param code the code; not null
   * @return true if some finding {@link Finding#is(FindingCode) is} {@code code}
   */
  public boolean has(FindingCode code) {
    return findings.stream().anyMatch(finding -> finding.is(code));
  }

  /**
   * Returns the findings of a standard code.
   *
   * @param code the code; not null
   * @return those findings, in order
   */
  public List<Finding> findings(FindingCode code) {
    return findings.stream()
        .filter(finding -> finding.is(code))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the timeline of one source.
   *
   * @param source the source's id; not null
   * @return its timeline, or empty if the request has no such source
   */
  public Optional<SourceTimeline> timelineOf(SubscriptionId source) {
    requireNonNull(source, "source");
    return timeline.stream().filter(entry -> entry.source().equals(source)).findFirst();
  }
}
