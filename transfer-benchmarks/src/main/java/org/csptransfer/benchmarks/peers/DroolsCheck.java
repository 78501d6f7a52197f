package org.csptransfer.benchmarks.peers;

import java.util.EnumSet;
import java.util.Set;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.RegionCatalog;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.FindingCode;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The standard checks as Drools 10 rules in DRL ({@code transfer-rules.drl}), compiled once to the
 * executable model and run in a stateless session per plan, as Drools' documentation recommends for
 * decisions without state.
 */
public final class DroolsCheck {

  private static final String DRL = "org/csptransfer/benchmarks/peers/transfer-rules.drl";

  private final OfferCatalog offers;
  private final RegionCatalog regions;
  private final TransitionPolicy policy;
  private final KieBase rules = CompiledRules.KIE_BASE;

  /**
   * Creates the check; the rules are compiled once per JVM.
   *
   * @param offers the offer catalog
   * @param regions the region table
   * @param policy the policy
   */
  public DroolsCheck(OfferCatalog offers, RegionCatalog regions, TransitionPolicy policy) {
    this.offers = offers;
    this.regions = regions;
    this.policy = policy;
  }

  /** Compiling DRL takes seconds: done once per JVM, on first use. */
  private static final class CompiledRules {
    static final KieBase KIE_BASE = compile();
  }

  private static KieBase compile() {
    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    files.write(
        services.getResources().newClassPathResource(DRL, DroolsCheck.class.getClassLoader()));
    KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    if (builder.getResults().hasMessages(Message.Level.ERROR)) {
      throw new IllegalStateException(
          "DRL does not compile: " + builder.getResults().getMessages());
    }
    KieContainer container =
        services.newKieContainer(services.getRepository().getDefaultReleaseId());
    return container.getKieBase();
  }

  /**
   * Returns the codes a plan raises.
   *
   * @param request the plan
   * @return the codes found
   */
  public Set<FindingCode> codes(TransitionRequest request) {
    Set<FindingCode> found = EnumSet.noneOf(FindingCode.class);
    StatelessKieSession session = rules.newStatelessKieSession();
    session.setGlobal("found", found);
    session.execute(PlanFacts.of(request, offers, regions, policy).all());
    return found;
  }
}
