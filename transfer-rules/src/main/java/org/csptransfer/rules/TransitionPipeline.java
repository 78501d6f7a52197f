package org.csptransfer.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Comparators;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.csptransfer.core.LifecycleTable;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.RegionCatalog;
import org.csptransfer.core.Scenario;
import org.csptransfer.core.ServicePlanTiers;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.action.RequiredAction;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, ordered list of rules with the catalogs and policy they judge by: turns a {@link
 * TransitionRequest} into a {@link TransitionDecision}.
 *
 * <pre>{@code
 * TransitionPipeline pipeline = TransitionPipeline.standard(offers); // build once, share freely
 * TransitionDecision decision = pipeline.evaluate(request);
 * }</pre>
 *
 * <p>Thread-safe: one pipeline serves any number of threads. Rules run in order; in {@link
 * EvaluationMode#COLLECT_ALL} mode (the default) every rule runs whatever earlier rules found.
 * Evaluating a request the builders accept never throws, unless a user's rule breaks its contract
 * ({@link RuleFailedException}).
 */
public final class TransitionPipeline {

  /** Subjects in lexicographical order (a shorter list first when it is a prefix), then code. */
  private static final Comparator<Finding> BY_SUBJECT_THEN_CODE =
      Comparator.comparing(
              Finding::subjects, Comparators.lexicographical(Comparator.<String>naturalOrder()))
          .thenComparing(Finding::code);

  private static final Comparator<Finding> BY_SEVERITY = Comparator.comparing(Finding::severity);

  private final List<Rule> rules;

  /** Trace entries that do not depend on the request, built once per pipeline. */
  private final List<RuleTrace> passed;

  private final List<RuleTrace> skipped;
  private final RegionCatalog regions;
  private final OfferCatalog offers;
  private final TransitionPolicy policy;
  private final LifecycleTable lifecycles;
  private final EvaluationMode mode;

  private TransitionPipeline(Builder builder, OfferCatalog offers) {
    this.rules = List.copyOf(builder.rules);
    List<RuleTrace> pass = new ArrayList<>(rules.size());
    List<RuleTrace> skip = new ArrayList<>(rules.size());
    for (Rule rule : rules) {
      pass.add(RuleTrace.of(rule.id(), RuleOutcome.PASSED, 0));
      skip.add(RuleTrace.of(rule.id(), RuleOutcome.SKIPPED, 0));
    }
    this.passed = List.copyOf(pass);
    this.skipped = List.copyOf(skip);
    this.regions = builder.regions;
    this.offers = builder.tiers == null ? offers : offers.withServicePlanTiers(builder.tiers);
    this.policy = builder.policy;
    this.lifecycles = builder.lifecycles;
    this.mode = builder.mode;
  }

  /**
   * Returns the standard pipeline: the six standard rules in order, the 2021 region table, the
   * default policy, collecting every finding.
   *
   * @param offers the offers requests may name, with the tiers they compare by; not null
   * @return the pipeline
   */
  public static TransitionPipeline standard(OfferCatalog offers) {
    return builder().offers(offers).build();
  }

  /**
   * Returns the standard pipeline for a scenario: the six standard rules in order, the 2021 region
   * table, the scenario's offers and policy, collecting every finding. Evaluate the scenario's
   * request with it, or a proposed plan's.
   *
   * @param scenario the scenario whose offers and policy to use; not null
   * @return the pipeline
   * @throws NullPointerException if {@code scenario} is null
   */
  public static TransitionPipeline standard(Scenario scenario) {
    requireNonNull(scenario, "scenario");
    return builder().offers(scenario.offers()).policy(scenario.policy()).build();
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
    Builder builder =
        new Builder()
            .regions(regions)
            .offers(offers)
            .policy(policy)
            .lifecycles(lifecycles)
            .mode(mode);
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
   * @throws RuleFailedException if a rule throws, returns null or a null finding, or returns a
   *     finding of another rule
   */
  public TransitionDecision evaluate(TransitionRequest request) {
    RuleContext context = RuleContext.of(request, regions, offers, policy, lifecycles);
    List<Finding> findings = new ArrayList<>();
    RuleTrace[] trace = new RuleTrace[rules.size()];
    boolean stopped = false;
    for (int i = 0; i < trace.length; i++) {
      if (stopped) {
        trace[i] = skipped.get(i);
        continue;
      }
      Rule rule = rules.get(i);
      List<Finding> raised = run(rule, context);
      if (raised.isEmpty()) {
        trace[i] = passed.get(i);
        continue;
      }
      trace[i] = RuleTrace.of(rule.id(), RuleOutcome.RAISED, raised.size());
      int first = findings.size();
      findings.addAll(raised);
      if (raised.size() > 1) {
        findings.subList(first, findings.size()).sort(BY_SUBJECT_THEN_CODE);
      }
      stopped = mode == EvaluationMode.STOP_AT_FIRST_ERROR && containsError(raised);
    }
    if (findings.isEmpty()) {
      return new TransitionDecision(
          List.of(), List.of(), context.timeline(), List.of(trace), () -> Runbook.of(context));
    }
    // Stable: within a severity, rule order and then subject order survive.
    if (findings.size() > 1) {
      findings.sort(BY_SEVERITY);
    }
    Set<RequiredAction> actions = new LinkedHashSet<>();
    for (Finding finding : findings) {
      finding.action().ifPresent(actions::add);
    }
    return new TransitionDecision(
        List.copyOf(findings),
        List.copyOf(actions),
        context.timeline(),
        List.of(trace),
        () -> Runbook.of(context));
  }

  /** Runs a rule, holding it to its contract. */
  private static List<Finding> run(Rule rule, RuleContext context) {
    List<Finding> raised;
    try {
      raised = rule.evaluate(context);
    } catch (RuntimeException e) {
      throw new RuleFailedException(rule.id(), e.toString(), e);
    }
    if (raised == null) {
      throw new RuleFailedException(rule.id(), "it returned null instead of a list of findings");
    }
    for (int i = 0; i < raised.size(); i++) {
      Finding finding = raised.get(i);
      if (finding == null) {
        throw new RuleFailedException(rule.id(), "it returned a null finding");
      }
      if (!finding.rule().equals(rule.id())) {
        throw new RuleFailedException(
            rule.id(),
            "it returned a finding of rule " + finding.rule() + " (" + finding.code() + ")");
      }
    }
    return raised;
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
   * Returns the offer catalog, with the service plan tiers offers are compared by.
   *
   * @return the offers
   */
  public OfferCatalog offers() {
    return offers;
  }

  /**
   * Returns the service plan tiers offers are compared by.
   *
   * @return the tiers of {@link #offers()}
   */
  public ServicePlanTiers servicePlanTiers() {
    return offers.servicePlanTiers();
  }

  /**
   * Returns the policy.
   *
   * @return the policy
   */
  public TransitionPolicy policy() {
    return policy;
  }

  /**
   * Returns the lifecycle table each source's expired, disabled and retention days come from.
   *
   * @return the lifecycle table
   */
  public LifecycleTable lifecycles() {
    return lifecycles;
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
   * Describes the pipeline for logs: its rules in order, its mode, the size of its offer catalog
   * and its policy, for example {@code TransitionPipeline[rules=[relationship, region, offer,
   * transfer, license-count, timing], mode=COLLECT_ALL, offers=6, policy=...]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    List<String> ids = new ArrayList<>(rules.size());
    for (Rule rule : rules) {
      ids.add(rule.id());
    }
    return "TransitionPipeline[rules="
        + ids
        + ", mode="
        + mode
        + ", offers="
        + offers.offers().size()
        + ", policy="
        + policy
        + "]";
  }

  /**
   * Builds pipelines. Not thread-safe; the pipelines it builds are. Rule ids are unique within a
   * pipeline.
   */
  public static final class Builder {
    private final List<Rule> rules = new ArrayList<>();
    private RegionCatalog regions = RegionCatalog.csp2021();
    private @Nullable OfferCatalog offers;
    private @Nullable ServicePlanTiers tiers;
    private TransitionPolicy policy = TransitionPolicy.defaults();
    private LifecycleTable lifecycles = LifecycleTable.microsoft2026();
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
    @CanIgnoreReturnValue
    public Builder offers(OfferCatalog offers) {
      this.offers = requireNonNull(offers, "offers");
      return this;
    }

    /**
     * Sets the service plan tiers offers are compared by, in place of the catalog's (by default
     * {@link ServicePlanTiers#standard()}).
     *
     * @param tiers the tier table; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder servicePlanTiers(ServicePlanTiers tiers) {
      this.tiers = requireNonNull(tiers, "tiers");
      return this;
    }

    /**
     * Sets the region table (default: {@link RegionCatalog#csp2021()}).
     *
     * @param regions the region catalog; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder regions(RegionCatalog regions) {
      this.regions = requireNonNull(regions, "regions");
      return this;
    }

    /**
     * Sets the policy (default: {@link TransitionPolicy#defaults()}).
     *
     * @param policy the policy; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder policy(TransitionPolicy policy) {
      this.policy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the lifecycle table (default: {@link LifecycleTable#microsoft2026()}): how long each
     * kind of source keeps serving users and keeps its data after it ends. The policy's lifecycle
     * overrides still apply on top of it.
     *
     * @param lifecycles the lifecycle table; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder lifecycles(LifecycleTable lifecycles) {
      this.lifecycles = requireNonNull(lifecycles, "lifecycles");
      return this;
    }

    /**
     * Sets whether to run every rule or stop at the first error (default: {@link
     * EvaluationMode#COLLECT_ALL}).
     *
     * @param mode the mode; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder mode(EvaluationMode mode) {
      this.mode = requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Appends a rule; it runs after the rules already there.
     *
     * @param rule the rule; not null
     * @return this builder
     * @throws IllegalArgumentException if its id is malformed or a rule with the same id is there
     */
    @CanIgnoreReturnValue
    public Builder addRule(Rule rule) {
      String id = checkedId(rule);
      checkArgument(indexOf(id) < 0, "pipeline: rule %s is already there", id);
      rules.add(rule);
      return this;
    }

    /**
     * Replaces the rule with an id, in its place.
     *
     * @param id the id of the rule to replace; not null
     * @param rule the rule to run instead; not null, with a unique id
     * @return this builder
     * @throws IllegalArgumentException if no rule has that id, or the new id is malformed or taken
     */
    @CanIgnoreReturnValue
    public Builder replaceRule(String id, Rule rule) {
      int index = indexOf(id);
      checkArgument(index >= 0, "pipeline: no rule %s to replace", id);
      String newId = checkedId(rule);
      int clash = indexOf(newId);
      checkArgument(clash < 0 || clash == index, "pipeline: rule %s is already there", newId);
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
    @CanIgnoreReturnValue
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
    @CanIgnoreReturnValue
    public Builder clearRules() {
      rules.clear();
      return this;
    }

    private static String checkedId(Rule rule) {
      return Identifiers.checkRuleId(requireNonNull(requireNonNull(rule, "rule").id(), "rule id"));
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
    public TransitionPipeline build() {
      OfferCatalog catalog = offers;
      checkState(catalog != null, "pipeline: the offer catalog is not set");
      return new TransitionPipeline(this, catalog);
    }
  }
}
