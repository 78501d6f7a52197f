package org.csptransfer.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.RegionCatalog;
import org.csptransfer.core.TransferPolicy;
import org.csptransfer.core.TransitionRequest;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, ordered list of rules with the catalogs and policy they judge by: turns a {@link
 * TransitionRequest} into a {@link TransitionDecision}.
 *
 * <pre>{@code
 * TransferPipeline pipeline = TransferPipeline.standard(offers);
 * TransitionDecision decision = pipeline.evaluate(request);
 * }</pre>
 *
 * <p>Thread-safe: one pipeline serves any number of threads. Rules run in order; in {@link
 * EvaluationMode#COLLECT_ALL} mode (the default) every rule runs whatever earlier rules found.
 */
public final class TransferPipeline {

  private static final Comparator<Finding> BY_SUBJECT_THEN_CODE =
      Comparator.comparing(
              (Finding finding) -> finding.subjects(),
              (a, b) -> {
                for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                  int order = a.get(i).compareTo(b.get(i));
                  if (order != 0) {
                    return order;
                  }
                }
                return Integer.compare(a.size(), b.size());
              })
          .thenComparing(Finding::code);

  private static final Comparator<Finding> BY_SEVERITY = Comparator.comparing(Finding::severity);

  private final ImmutableList<Rule> rules;

  /** Trace entries that do not depend on the request, built once per pipeline. */
  private final ImmutableList<RuleTrace> passed;

  private final ImmutableList<RuleTrace> skipped;
  private final RegionCatalog regions;
  private final OfferCatalog offers;
  private final TransferPolicy policy;
  private final EvaluationMode mode;

  private TransferPipeline(Builder builder, OfferCatalog offers) {
    this.rules = ImmutableList.copyOf(builder.rules);
    this.passed =
        rules.stream()
            .map(rule -> new RuleTrace(rule.id(), RuleOutcome.PASSED, 0))
            .collect(ImmutableList.toImmutableList());
    this.skipped =
        rules.stream()
            .map(rule -> new RuleTrace(rule.id(), RuleOutcome.SKIPPED, 0))
            .collect(ImmutableList.toImmutableList());
    this.regions = builder.regions;
    this.offers = offers;
    this.policy = builder.policy;
    this.mode = builder.mode;
  }

  /**
   * Returns the standard pipeline: the five standard rules in order, the 2021 region table, the
   * default policy, collecting every finding.
   *
   * @param offers the offers requests may name; not null
   * @return the pipeline
   */
  public static TransferPipeline standard(OfferCatalog offers) {
    return builder().offers(offers).build();
  }

  /**
   * Returns a builder that starts from the standard rules, the 2021 region table, the default
   * policy and {@link EvaluationMode#COLLECT_ALL}. The offer catalog must be set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this pipeline's settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder().regions(regions).offers(offers).policy(policy).mode(mode);
    builder.rules.clear();
    builder.rules.addAll(rules);
    return builder;
  }

  /**
   * Evaluates a plan.
   *
   * @param request the plan; not null
   * @return the decision
   * @throws NullPointerException if {@code request} is null
   */
  public TransitionDecision evaluate(TransitionRequest request) {
    RuleContext context = RuleContext.of(request, regions, offers, policy);
    List<Finding> findings = new ArrayList<>();
    RuleTrace[] trace = new RuleTrace[rules.size()];
    boolean stopped = false;
    for (int i = 0; i < trace.length; i++) {
      if (stopped) {
        trace[i] = skipped.get(i);
        continue;
      }
      List<Finding> raised = rules.get(i).evaluate(request, context);
      if (raised.isEmpty()) {
        trace[i] = passed.get(i);
        continue;
      }
      trace[i] = new RuleTrace(rules.get(i).id(), RuleOutcome.RAISED, raised.size());
      int first = findings.size();
      findings.addAll(raised);
      if (raised.size() > 1) {
        findings.subList(first, findings.size()).sort(BY_SUBJECT_THEN_CODE);
      }
      stopped = mode == EvaluationMode.STOP_AT_FIRST_ERROR && containsError(raised);
    }
    if (findings.isEmpty()) {
      return new TransitionDecision(
          Verdict.APPROVED,
          ImmutableList.of(),
          ImmutableList.of(),
          context.timeline(),
          ImmutableList.copyOf(trace));
    }
    // Stable: within a severity, rule order and then subject order survive.
    if (findings.size() > 1) {
      findings.sort(BY_SEVERITY);
    }
    List<RequiredAction> actions = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      if (finding.action().isPresent() && !actions.contains(finding.action().get())) {
        actions.add(finding.action().get());
      }
    }
    ImmutableList<Finding> ordered = ImmutableList.copyOf(findings);
    ImmutableList<RequiredAction> required = ImmutableList.copyOf(actions);
    return new TransitionDecision(
        Verdict.of(ordered, required),
        ordered,
        required,
        context.timeline(),
        ImmutableList.copyOf(trace));
  }

  private static boolean containsError(List<Finding> findings) {
    for (Finding finding : findings) {
      if (finding.severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the rules, in the order they run.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Returns the region table.
   *
   * @return the region catalog
   */
  public RegionCatalog regions() {
    return regions;
  }

  /**
   * Returns the offer catalog.
   *
   * @return the offers
   */
  public OfferCatalog offers() {
    return offers;
  }

  /**
   * Returns the policy.
   *
   * @return the policy
   */
  public TransferPolicy policy() {
    return policy;
  }

  /**
   * Returns whether the pipeline stops at the first error.
   *
   * @return the mode
   */
  public EvaluationMode mode() {
    return mode;
  }

  /**
   * Builds pipelines. Not thread-safe; the pipelines it builds are. Rule ids are unique within a
   * pipeline.
   */
  public static final class Builder {
    private final List<Rule> rules = new ArrayList<>();
    private RegionCatalog regions = RegionCatalog.csp2021();
    private @Nullable OfferCatalog offers;
    private TransferPolicy policy = TransferPolicy.defaults();
    private EvaluationMode mode = EvaluationMode.COLLECT_ALL;

    private Builder() {
      for (StandardRule rule : StandardRule.values()) {
        rules.add(rule.create());
      }
    }

    /**
     * Sets the offer catalog requests are judged against. Mandatory.
     *
     * @param offers the offers; not null
     * @return this builder
     */
    public Builder offers(OfferCatalog offers) {
      this.offers = requireNonNull(offers, "offers");
      return this;
    }

    /**
     * Sets the region table (default: {@link RegionCatalog#csp2021()}).
     *
     * @param regions the region catalog; not null
     * @return this builder
     */
    public Builder regions(RegionCatalog regions) {
      this.regions = requireNonNull(regions, "regions");
      return this;
    }

    /**
     * Sets the policy (default: {@link TransferPolicy#defaults()}).
     *
     * @param policy the policy; not null
     * @return this builder
     */
    public Builder policy(TransferPolicy policy) {
      this.policy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets whether to run every rule or stop at the first error (default: {@link
     * EvaluationMode#COLLECT_ALL}).
     *
     * @param mode the mode; not null
     * @return this builder
     */
    public Builder mode(EvaluationMode mode) {
      this.mode = requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Appends a rule; it runs after the rules already there.
     *
     * @param rule the rule; not null
     * @return this builder
     * @throws IllegalArgumentException if a rule with the same id is already there
     */
    public Builder addRule(Rule rule) {
      checkArgument(indexOf(rule.id()) < 0, "pipeline: rule %s is already there", rule.id());
      rules.add(rule);
      return this;
    }

    /**
     * Replaces the rule with an id, in its place.
     *
     * @param id the id of the rule to replace; not null
     * @param rule the rule to run instead; not null, with a unique id
     * @return this builder
     * @throws IllegalArgumentException if no rule has that id, or another one has the new id
     */
    public Builder replaceRule(String id, Rule rule) {
      int index = indexOf(id);
      checkArgument(index >= 0, "pipeline: no rule %s to replace", id);
      int clash = indexOf(rule.id());
      checkArgument(clash < 0 || clash == index, "pipeline: rule %s is already there", rule.id());
      rules.set(index, rule);
      return this;
    }

    /**
     * Removes the rule with an id.
     *
     * @param id the rule's id; not null
     * @return this builder
     * @throws IllegalArgumentException if no rule has that id
     */
    public Builder removeRule(String id) {
      int index = indexOf(id);
      checkArgument(index >= 0, "pipeline: no rule %s to remove", id);
      rules.remove(index);
      return this;
    }

    /**
     * Removes every rule, to build a pipeline from scratch.
     *
     * @return this builder
     */
    public Builder clearRules() {
      rules.clear();
      return this;
    }

    private int indexOf(String id) {
      requireNonNull(id, "id");
      for (int i = 0; i < rules.size(); i++) {
        if (rules.get(i).id().equals(id)) {
          return i;
        }
      }
      return -1;
    }

    /**
     * Builds the pipeline.
     *
     * @return the pipeline
     * @throws IllegalStateException if the offer catalog is not set
     */
    public TransferPipeline build() {
      OfferCatalog catalog = offers;
      checkState(catalog != null, "pipeline: the offer catalog is not set");
      return new TransferPipeline(this, catalog);
    }
  }
}
