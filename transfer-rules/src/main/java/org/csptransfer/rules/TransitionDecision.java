package org.csptransfer.rules;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.rules.action.RequiredAction;
import org.jspecify.annotations.Nullable;

/**
 * The validated decision on a transition plan.
 *
 * <p>The verdict always follows from the findings and actions (see {@link Verdict#of(List, List)}):
 * the decision derives it, so it cannot contradict them. Findings are ordered by severity (errors
 * first), then by the order of the rules that raised them, then by subject, then by code; actions
 * follow the order of the findings that require them, each once.
 *
 * <p>Immutable; built by the pipeline.
 */
public final class TransitionDecision {

  private final Verdict verdict;
  private final List<Finding> findings;
  private final List<RequiredAction> actions;
  private final List<SourceTimeline> timeline;
  private final List<RuleTrace> trace;

  /**
   * The runbook, derived on first use and kept: many callers (a verdict, a JSON of findings) never
   * read it. Double-checked under this decision's lock; the evaluation's context is dropped once
   * the steps exist.
   */
  private volatile @Nullable List<RunbookStep> runbook;

  private @Nullable Supplier<List<RunbookStep>> deriveRunbook;

  TransitionDecision(
      List<Finding> findings,
      List<RequiredAction> actions,
      List<SourceTimeline> timeline,
      List<RuleTrace> trace,
      List<RunbookStep> runbook) {
    this(findings, actions, timeline, trace, () -> runbook);
  }

  TransitionDecision(
      List<Finding> findings,
      List<RequiredAction> actions,
      List<SourceTimeline> timeline,
      List<RuleTrace> trace,
      Supplier<List<RunbookStep>> runbook) {
    this.verdict = Verdict.of(findings, actions);
    this.findings = findings;
    this.actions = actions;
    this.timeline = timeline;
    this.trace = trace;
    this.deriveRunbook = runbook;
  }

  /**
   * Returns the steps of carrying the plan out, in the order they must happen, each with who takes
   * it and by when (CONTRACT.md, "Version 3", "The runbook"). Every decision has one, whatever its
   * verdict; the steps never change the verdict.
   *
   * @return the runbook, undated steps first, then by date
   */
  public List<RunbookStep> runbook() {
    List<RunbookStep> steps = runbook;
    if (steps == null) {
      synchronized (this) {
        steps = runbook;
        if (steps == null) {
          steps = requireNonNull(deriveRunbook, "deriveRunbook").get();
          runbook = steps;
          deriveRunbook = null;
        }
      }
    }
    return steps;
  }

  /**
   * Returns the verdict.
   *
   * @return approved, approved with actions, or rejected
   */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * Returns what the rules found.
   *
   * @return the findings, ordered by severity, rule, subject and code
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns what must be done.
   *
   * @return the actions, each once, in the order of the findings requiring them
   */
  public List<RequiredAction> actions() {
    return actions;
  }

  /**
   * Returns what happens to each source over time.
   *
   * @return one timeline per source, in the request's order
   */
  public List<SourceTimeline> timeline() {
    return timeline;
  }

  /**
   * Returns what each rule did.
   *
   * @return one entry per rule of the pipeline, in pipeline order
   */
  public List<RuleTrace> trace() {
    return trace;
  }

  /**
   * Returns the codes of the findings, in the findings' order.
   *
   * @return the codes
   */
  public List<String> codes() {
    List<String> codes = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      codes.add(finding.code());
    }
    return List.copyOf(codes);
  }

  /**
   * Tells whether any finding has a standard code.
   *
   * @param code the code; not null
   * @return true if some finding {@link Finding#is(FindingCode) is} {@code code}
   * @throws NullPointerException if {@code code} is null
   */
  public boolean has(FindingCode code) {
    requireNonNull(code, "code");
    for (Finding finding : findings) {
      if (finding.is(code)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the findings of a standard code.
   *
   * @param code the code; not null
   * @return those findings, in order
   * @throws NullPointerException if {@code code} is null
   */
  public List<Finding> findings(FindingCode code) {
    requireNonNull(code, "code");
    List<Finding> matching = new ArrayList<>();
    for (Finding finding : findings) {
      if (finding.is(code)) {
        matching.add(finding);
      }
    }
    return List.copyOf(matching);
  }

  /**
   * Tells whether any finding has a code, standard or a user's rule's.
   *
   * <p>The way to ask about a {@linkplain Finding#custom custom rule's} finding, whose code is not
   * a {@link FindingCode}: {@code decision.has("SEATS_OVER_BUDGET")}. A code no finding carries,
   * even a malformed one, gives false.
   *
   * @param code the code, compared exactly (case-sensitive); not null
   * @return true if some finding's {@link Finding#code() code} equals {@code code}
   * @throws NullPointerException if {@code code} is null
   */
  public boolean has(String code) {
    requireNonNull(code, "code");
    for (Finding finding : findings) {
      if (finding.code().equals(code)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the findings of a code, standard or a user's rule's.
   *
   * @param code the code, compared exactly (case-sensitive); not null
   * @return those findings, in the decision's order; empty if none has that code
   * @throws NullPointerException if {@code code} is null
   */
  public List<Finding> findingsWith(String code) {
    requireNonNull(code, "code");
    List<Finding> matching = new ArrayList<>();
    for (Finding finding : findings) {
      if (finding.code().equals(code)) {
        matching.add(finding);
      }
    }
    return List.copyOf(matching);
  }

  /**
   * Returns the findings of a standard code; the same as {@link #findings(FindingCode)}, named like
   * {@link #findingsWith(String)}.
   *
   * @param code the code; not null
   * @return those findings, in the decision's order
   * @throws NullPointerException if {@code code} is null
   */
  public List<Finding> findingsWith(FindingCode code) {
    return findings(code);
  }

  /**
   * Returns the timeline of one source.
   *
   * @param source the source's id; not null
   * @return its timeline, or empty if the request has no such source
   */
  public Optional<SourceTimeline> timelineOf(SubscriptionId source) {
    requireNonNull(source, "source");
    for (SourceTimeline entry : timeline) {
      if (entry.source().equals(source)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TransitionDecision that
        && findings.equals(that.findings)
        && actions.equals(that.actions)
        && timeline.equals(that.timeline)
        && trace.equals(that.trace)
        && runbook().equals(that.runbook());
  }

  @Override
  public int hashCode() {
    return Objects.hash(findings, actions, timeline, trace, runbook());
  }

  /** Returns the verdict and the codes, for debugging. */
  @Override
  public String toString() {
    return verdict + " " + codes();
  }
}
